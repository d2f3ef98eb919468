"""Place words of this language: areas within a city, "the city", exonyms (read by places/)."""

from uprooted.lang.base import PlaceData

PLACES = PlaceData()
