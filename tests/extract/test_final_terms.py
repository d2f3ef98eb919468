"""Final term fixes: sentences written for these tests."""

from uprooted.extract import extract_text


def _facts(text, lang):
    return {(f.measure, f.value) for f in extract_text(text, lang=lang)}


def test_ar_count_rising_to_takes_the_subjects_term():
    text = "وارتفع عدد النازحين الذين عادوا إلى قراهم منذ بداية الشهر الماضي إلى أكثر من 8 آلاف نازح."
    facts = _facts(text, "ar")
    assert ("returned", 8000) in facts and ("displaced", 8000) not in facts


def test_ar_shelters_counted_as_objects_are_not_people():
    text = "وجرفت السيول مئات الملاجئ المصنوعة من الصفيح في المخيمات."
    assert ("sheltered", 100) not in _facts(text, "ar")


def test_en_homeless_and_staying_in_shelter_is_two_measures():
    text = "The storm left some 600 homeless and now staying in local schools and churches."
    facts = _facts(text, "en")
    assert ("displaced", 600) in facts and ("sheltered", 600) in facts
    assert ("displaced", 900) not in _facts("About 900 displaced families stayed in shelters.", "en")


def test_en_providing_shelter_for_people_is_not_a_capacity():
    text = "The schools currently provide shelter for some 2,500 people displaced by the fighting."
    assert ("sheltered", 2500) in _facts(text, "en")
    assert not _facts("The agency has tents for 1,100 people.", "en")
    text = "The district was hosting a camp with 70 people displaced during the 2016 clashes."
    assert ("displaced", 70) in _facts(text, "en")


def test_es_trapped_on_rooftops_awaiting_rescue_is_not_remaining():
    text = "Los bomberos rescataron a 40 vecinos que quedaron atrapados en los tejados de sus viviendas."
    assert ("remaining", 40) not in _facts(text, "es")
    assert ("remaining", 500) in _facts("Unas 500 personas siguen atrapadas en el pueblo sitiado.", "es")
