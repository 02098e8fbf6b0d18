"""Excel's in-cell check boxes (Microsoft 365, 2024): a TRUE/FALSE cell whose style
carries a cell control. The style's extension names an entry of the workbook's feature
property bags (xl/featurePropertyBag/featurePropertyBag.xml), which leads, bag by bag,
to the control's type:

    <xf …><extLst><ext …><xfpb:xfComplement i="0"/></ext></extLst></xf>
    XFComplements: MappedFeaturePropertyBags[i] → an XFComplement bag
    XFComplement:  bagId k="XFControls"        → an XFControls bag
    XFControls:    bagId k="CellControl"       → a bag of type "Checkbox"

Such a cell shows a box, ticked or not, not the word TRUE or FALSE."""

from __future__ import annotations

import lxml.etree

from nianbao.readers.ooxml import Package

XFPB = "{http://schemas.microsoft.com/office/spreadsheetml/2022/featurepropertybag}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_BAGS = "xl/featurePropertyBag/featurePropertyBag.xml"
_BAGS_TYPE = "http://schemas.microsoft.com/office/2022/11/relationships/FeaturePropertyBag"


def checkbox_complements(package: Package) -> frozenset[int]:
    """The xfComplement numbers (`i`) that make a cell style an in-cell check box."""
    root = package.xml(_bags_part(package))
    if root is None:
        return frozenset()
    bags = list(root.iterfind(f"{XFPB}bag"))
    mapped = next(
        (
            [_number(b.text) for b in bag.iterfind(f"{XFPB}a/{XFPB}bagId")]
            for bag in bags
            if bag.get("type") == "XFComplements"
        ),
        [],
    )
    found = set()
    for i, complement in enumerate(mapped):
        controls = _follow(bags, complement, "XFControls")
        control = _follow(bags, controls, "CellControl")
        if control is not None and bags[control].get("type") == "Checkbox":
            found.add(i)
    return frozenset(found)


def complement_of(xf: lxml.etree._Element) -> int | None:
    """The feature property bags' entry a cell style (<xf>) names, if any."""
    found = xf.find(f"{_S}extLst/{_S}ext/{XFPB}xfComplement")
    return None if found is None else _number(found.get("i"))


def _bags_part(package: Package) -> str:
    """The bags' part: where the workbook's relationship of their type points (Excel
    writes it at one path)."""
    rels = package.xml("xl/_rels/workbook.xml.rels")
    for rel in rels.iter() if rels is not None else ():
        if rel.get("Type") == _BAGS_TYPE:
            return package.targets("xl/workbook.xml").get(rel.get("Id", ""), _BAGS)
    return _BAGS


def _follow(bags: list[lxml.etree._Element], at: int | None, key: str) -> int | None:
    """The bag that bag `at` names under `key`."""
    if at is None or not 0 <= at < len(bags):
        return None
    for ref in bags[at].iterfind(f"{XFPB}bagId"):
        if ref.get("k") == key:
            found = _number(ref.text)
            return found if found is not None and 0 <= found < len(bags) else None
    return None


def _number(text: str | None) -> int | None:
    return int(text) if text is not None and text.strip().isdigit() else None
