"""The gzip body's trailer from running CRCs per series (`cache.crc_prefixes`): equal to the CRC
and length of the plain body, reused up to the first series that changed."""

import zlib

from uprooted.api.cache import body_crc, crc_prefixes


def plain(keys, parts):
    return b'{"series":[' + b",".join(parts[k] for k in keys) + b"]}"


def test_running_crcs_equal_the_plain_bodys_and_reuse_the_unchanged_start():
    parts = {k: f'{{"key":"{k}","points":[{i}]}}'.encode() for i, k in enumerate("abcdef")}
    keys = sorted(parts)
    first = crc_prefixes(keys, parts, None)
    body = plain(keys, parts)
    assert body_crc(first) == (zlib.crc32(body), len(body))

    changed = {**parts, "d": b'{"key":"d","points":[99,100]}'}
    second = crc_prefixes(keys, changed, first)
    assert [a is b for a, b in zip(first, second, strict=True)] == [True, True, True, False, False, False]
    body = plain(keys, changed)
    assert body_crc(second) == (zlib.crc32(body), len(body))

    # a series gone and one new: the keys shift, nothing after the change is taken from before
    keys2 = ["a", "b", "bb", "c", "e", "f"]
    parts2 = {**{k: changed[k] for k in keys2 if k in changed}, "bb": b'{"key":"bb"}'}
    third = crc_prefixes(keys2, parts2, second)
    assert [a is b for a, b in zip(second, third, strict=True)][:2] == [True, True]
    body = plain(keys2, parts2)
    assert body_crc(third) == (zlib.crc32(body), len(body))

    # equal bytes that are another object are read again (identity, not a comparison)
    copy = {k: bytes(bytearray(v)) for k, v in parts2.items()}
    assert crc_prefixes(keys2, copy, third)[0] is not third[0]
    assert body_crc([]) == (zlib.crc32(b'{"series":[]}'), len(b'{"series":[]}'))
