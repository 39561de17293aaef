"""Names under the roles of civil registration, property and tenancy records: the role
labels of other scripts (landlord, tenant, guarantor, land holder, informant, contact),
a Thai registry line's role before a gap of two spaces, a koseki's child caption, an XML
informant or tenant element, a logfmt guest key, and the columns of a birth index or a
parish register (a mother's maiden name, a child's Christian name, the parents' names).
Invented values."""

from __future__ import annotations

from app.redaction.field_names import field_kind
from app.redaction.name_cjk_captions import cjk_caption_names
from app.redaction.name_forms import key_value_people
from app.redaction.name_markup_roles import markup_role_names
from app.redaction.script_names import names_in_other_scripts


def _found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def test_property_and_tenancy_roles_in_other_scripts() -> None:
    georgian = "გამქირავებელი: ნინო ბერიძე\nდამქირავებელი: ლევან ჯაფარიძე\n"
    assert _found(names_in_other_scripts(georgian), georgian) == ["ნინო ბერიძე", "ლევან ჯაფარიძე"]
    hindi = "खातेदार: सुरेश कुमार वर्मा\n"
    assert _found(names_in_other_scripts(hindi), hindi) == ["सुरेश कुमार वर्मा"]
    hebrew = "ערב: אביגיל שטרן -- ערבות בנקאית\n"
    assert _found(names_in_other_scripts(hebrew), hebrew) == ["אביגיל שטרן"]
    arabic = "للتواصل: هالة العمري 050 000 0000\n"
    assert _found(names_in_other_scripts(arabic), arabic) == ["هالة العمري"]


def test_a_thai_role_line_before_the_next_field() -> None:
    text = "ผู้แจ้ง สมศรี ทองดี  โทร 02 000 0000\n"
    assert _found(names_in_other_scripts(text), text) == ["สมศรี ทองดี"]


def test_a_koseki_child_caption() -> None:
    text = "筆頭者　青木誠\n子　青木里奈\n"
    assert "青木里奈" in _found(cjk_caption_names(text), text)


def test_informant_and_tenant_elements_and_a_guest_key() -> None:
    xml = "&lt;Informant&gt;Petra Vasquez&lt;/Informant&gt;&lt;Tenant&gt;Olu Bankole&lt;/Tenant&gt;"
    assert _found(markup_role_names(xml), xml) == ["Petra Vasquez", "Olu Bankole"]
    log = 'event=login room=12 guest="Yorvik Talmadge" mac=00-00-00-00-00-00'
    assert _found(key_value_people(log), log) == ["Yorvik Talmadge"]


def test_register_columns_that_name_people() -> None:
    for header in ("MOTHER'S MAIDEN", "Child's Christian name", "Parents' names"):
        assert field_kind(header) == ("PERSON", True)
