"""Repairs to the structure tree (the tags) and form fields WeasyPrint writes into a PDF.

WeasyPrint 70.0 (the newest release) writes a tagged PDF/UA file, but a reader of its
structure tree meets these faults, which this module repairs while the PDF is written:

1. **Elements split at page breaks.** The tree is built page by page from the layout boxes,
   so every element that crosses a page break becomes one structure element per page: a
   table becomes several ``/Table`` elements and its header row, repeated on each page, is
   tagged again each time (upstream Kozea/WeasyPrint#2902). The fragments are joined into
   one element, and the repeated header rows become artifacts (what they are: a repetition
   for the eye, read once).
   The running header and page numbers in the page margins are tagged but left out of
   the tree (WeasyPrint notes that PDF 1.7 has no artifact element); they become artifacts.
2. **Header cells without scope.** No ``/TH`` carries ``/Scope``, and the ``/ID`` that
   WeasyPrint gives each ``/TH`` (for the ``/Headers`` of the data cells) has no
   ``/IDTree`` to resolve it (upstream #2508). ``/Scope`` comes from the HTML ``scope``
   (without one: a header in ``thead`` is a column header, any other a row header); the
   ``/Headers`` of the cells after a page break point to the first header row, and the
   structure tree root gets the ``/IDTree``.
3. **Language of parts.** No structure element carries ``/Lang``, so text marked
   ``lang="nb"`` on an English page is read as English. Each element made from an HTML
   element with ``lang`` gets it.
4. **Figures.** A figure's ``/BBox`` is in CSS pixels counted from the page's top, not in
   PDF points (not reported upstream as far as we know); it is converted.
   **Captions beside their figure.** ``<figure><img><figcaption>`` (or a ``blockquote``)
   becomes ``NonStruct > [Figure, Caption]``; the caption is moved into the ``Figure`` or
   ``BlockQuote`` it captions.
5. **Form fields.** A field is named (``/TU``) by its label before its ``title``, so a
   check box's tooltip lacks its group's legend: the ``title`` our templates give wins.
   **Check boxes poppler cannot draw.** A check box widget has no ``/DA`` (with the ``Tf``
   a viewer that rebuilds appearances needs) and no "off" appearance, so poppler-based
   viewers show a ticked box blank. Each gets a ``/DA`` in ZapfDingbats with a tick as its
   ``/MK /CA``, and an empty ``/Off`` appearance.

Why here and not by reading the finished PDF: a repair must know which HTML element each
structure element comes from — the finished file cannot tell a paragraph split by a page
break from two paragraphs — so ``record_html_elements()`` wraps WeasyPrint's tree builder
(``weasyprint.pdf.tags._build_box_tree``) to note the HTML element behind each structure
element it makes, and ``repair_pdf(document, pdf)``, passed to ``write_pdf`` as its
``finisher``, rewrites the tree before the file is written. tests/test_print_and_pdf.py
holds a canary that fails once a WeasyPrint upgrade changes what it writes: then check
whether these repairs can go.
"""

from dataclasses import dataclass

import pydyf

# HTML ``scope`` → PDF ``/Scope``.
SCOPES = {"col": "/Column", "colgroup": "/Column", "row": "/Row", "rowgroup": "/Row"}
# Row groups WeasyPrint repeats on every page a table crosses.
REPEATED_GROUPS = {"thead", "tfoot"}
CAPTIONED = {"/Figure", "/BlockQuote", "/Table"}


@dataclass(frozen=True)
class Source:
    """The HTML element (an ElementTree element) and the box tag (``"td"``,
    ``"li::marker"``) behind one structure element."""

    element: object
    tag: str | None


def record_html_elements():
    """Wrap WeasyPrint's structure-tree builder (once per process) so that each PDF it
    tags remembers the HTML element behind each structure element it makes."""
    from weasyprint.layout.absolute import AbsolutePlaceholder
    from weasyprint.pdf import tags

    build = tags._build_box_tree
    if getattr(build, "records_html_elements", False):
        return

    def recording_build_box_tree(box, parent, pdf, *args):
        source_box = box._box if isinstance(box, AbsolutePlaceholder) else box
        sources = pdf.__dict__.setdefault("html_sources", {})
        for structure_element in build(box, parent, pdf, *args):
            # The innermost call comes first: <html> and <body> pass their children's on.
            sources.setdefault(
                id(structure_element),
                (structure_element, Source(source_box.element, source_box.element_tag)),
            )
            yield structure_element

    recording_build_box_tree.records_html_elements = True
    tags._build_box_tree = recording_build_box_tree


def repair_pdf(document, pdf):
    """A WeasyPrint ``finisher``: repair the structure tree and the check boxes of ``pdf``
    (a ``pydyf.PDF``) before it is written. Does nothing to an untagged PDF."""
    _FormFields(document, pdf).repair()
    sources = pdf.__dict__.get("html_sources")
    if sources and "StructTreeRoot" in pdf.catalog:
        _StructureTree(pdf, sources).repair()


class _StructureTree:
    def __init__(self, pdf, sources):
        self.pdf = pdf
        self.objects = {obj.reference: obj for obj in pdf.objects if isinstance(obj, pydyf.Object)}
        self.entries = list(sources.values())  # (structure element, Source), in build order
        self.sources = {key: source for key, (_element, source) in sources.items()}
        self.root = self.objects[pdf.catalog["StructTreeRoot"]]
        self.replaced = {}  # reference of a removed fragment → the element that took it in
        self.header_ids = {}  # /ID of a repeated header cell → /ID of its first copy
        self.artifact_mcids = set()  # (page reference, MCID)
        self.removed = set()  # id() of emptied objects

    def repair(self):
        self._map_repeated_header_ids()
        for reference in self.root["K"]:
            self._join_fragments(self.objects[reference])
        elements = list(self._walk(self.objects[self.root["K"][0]]))
        # What WeasyPrint tags outside the tree (the running header and the page numbers
        # of the page margins) is marked content no reader reaches: it is an artifact.
        in_tree = {id(element) for element in elements}
        for element, _source in self.entries:
            if id(element) not in self.removed and id(element) not in in_tree:
                self._drop_as_artifact(element)
        self._mark_artifacts()
        self._repoint_parent_tree()
        for element in elements:
            source = self.source(element)
            if source is not None and source.element is not None:
                if language := source.element.get("lang"):
                    element["Lang"] = pydyf.String(language)
            if element["S"] == "/TH":
                element["A"]["Scope"] = self._scope(element, source)
            elif element["S"] == "/TD" and "Headers" in element.get("A", {}):
                element["A"]["Headers"] = pydyf.Array(
                    self.header_ids.get(key.string, key) for key in element["A"]["Headers"]
                )
        for element in elements:
            if element["S"] == "/Caption":
                self._move_caption(element)
            elif element["S"] == "/Figure" and "BBox" in element.get("A", {}):
                self._bbox_in_points(element)
        self._write_id_tree(list(self._walk(self.objects[self.root["K"][0]])))

    # Looking things up.

    def source(self, element):
        return self.sources.get(id(element))

    def struct(self, kid):
        """The structure element a ``/K`` entry refers to, or None (an MCID, an OBJR…)."""
        obj = self.objects.get(kid) if isinstance(kid, bytes) else None
        return obj if isinstance(obj, pydyf.Dictionary) and obj.get("Type") == "/StructElem" else None

    def _walk(self, element):
        yield element
        for kid in element["K"]:
            if (child := self.struct(kid)) is not None:
                yield from self._walk(child)

    # 1. Fragments split by page breaks.

    def _map_repeated_header_ids(self):
        """Header cells repeated on later pages: their /ID → the /ID of the first copy."""
        first = {}
        for element, source in self.entries:
            if element["S"] != "/TH" or "ID" not in element:
                continue
            original = first.setdefault(id(source.element), element)
            if original is not element:
                self.header_ids[element["ID"].string] = original["ID"]

    def _join_fragments(self, element):
        kept = []
        seen_groups = set()
        for kid in element["K"]:
            child = self.struct(kid)
            source = self.source(child) if child is not None else None
            if source is not None and source.tag in REPEATED_GROUPS:
                if id(source.element) in seen_groups:
                    self._drop_as_artifact(child)
                    continue
                seen_groups.add(id(source.element))
            previous = self.struct(kept[-1]) if kept else None
            if (
                source is not None
                and previous is not None
                and self.source(previous) == source
                and previous["Pg"] != child["Pg"]
            ):
                self._absorb(previous, child)
                continue
            kept.append(kid)
        element["K"] = pydyf.Array(kept)
        for kid in kept:
            if (child := self.struct(kid)) is not None:
                self._join_fragments(child)

    def _absorb(self, element, fragment):
        """Move the kids of ``fragment`` (the same HTML element on a later page) into
        ``element`` and drop ``fragment``."""
        for kid in fragment["K"]:
            if isinstance(kid, int):
                # A bare MCID refers to the element's own page; this one is on another.
                kid = pydyf.Dictionary({"Type": "/MCR", "Pg": fragment["Pg"], "MCID": kid})
            elif (child := self.struct(kid)) is not None:
                child["P"] = element.reference
            element["K"].append(kid)
        self.replaced[fragment.reference] = element.reference
        self._remove(fragment)

    def _drop_as_artifact(self, element):
        """A repeated header row, or tagged content outside the tree: its marked content
        becomes an artifact, its structure elements go."""
        for kid in element["K"]:
            if isinstance(kid, int):
                self.artifact_mcids.add((element["Pg"], kid))
            elif isinstance(kid, dict) and "MCID" in kid:
                self.artifact_mcids.add((kid["Pg"], kid["MCID"]))
            elif (child := self.struct(kid)) is not None:
                self._drop_as_artifact(child)
            elif isinstance(kid, bytes):
                self._remove(self.objects[kid])  # an OBJR: its annotation stays, untagged
        self._remove(element)

    def _remove(self, obj):
        """Empty an object no longer in the tree. (Marking it free would be tidier, but
        pydyf 0.13 then numbers the compressed objects after it wrongly in the xref.)"""
        obj.clear()
        self.removed.add(id(obj))

    def _mark_artifacts(self):
        by_page = {}
        for page, mcid in self.artifact_mcids:
            by_page.setdefault(page, set()).add(mcid)
        for page_reference, mcids in by_page.items():
            stream = self.objects[self.objects[page_reference]["Contents"]]
            operations = stream.stream
            rewritten = []
            index = 0
            while index < len(operations):
                operation = operations[index]
                following = operations[index + 1 : index + 3]
                if (
                    len(following) == 2
                    and isinstance(following[0], dict)
                    and following[0].get("MCID") in mcids
                    and following[1] == b"BDC"
                ):
                    rewritten += ["/Artifact", b"BMC"]
                    index += 3
                    continue
                rewritten.append(operation)
                index += 1
            stream.stream = rewritten
        parent_tree = self.objects[self.root["ParentTree"]]
        pages = list(self.pdf.page_references)
        numbers = parent_tree["Nums"]
        for position in range(0, len(numbers), 2):
            key, value = numbers[position], numbers[position + 1]
            if isinstance(value, list) and key < len(pages):
                for mcid in by_page.get(pages[key], ()):
                    if mcid < len(value):
                        value[mcid] = b"null"

    def _repoint_parent_tree(self):
        def current(reference):
            while reference in self.replaced:
                reference = self.replaced[reference]
            return reference

        numbers = self.objects[self.root["ParentTree"]]["Nums"]
        for position in range(1, len(numbers), 2):
            value = numbers[position]
            if isinstance(value, list):
                value[:] = [current(reference) for reference in value]
            else:
                numbers[position] = current(value)

    # 2. Header cells.

    def _scope(self, cell, source):
        scope = source.element.get("scope") if source and source.element is not None else None
        if scope in SCOPES:
            return SCOPES[scope]
        row = self.objects.get(cell["P"])
        group = self.objects.get(row["P"]) if row is not None else None
        return "/Column" if group is not None and group["S"] == "/THead" else "/Row"

    def _write_id_tree(self, elements):
        names = sorted((element["ID"].string, element.reference) for element in elements if "ID" in element)
        if names:
            tree = pydyf.Dictionary(
                {"Names": pydyf.Array(item for name, ref in names for item in (pydyf.String(name), ref))}
            )
            self.pdf.add_object(tree)
            self.root["IDTree"] = tree.reference

    # 4. Captions and figures.

    def _bbox_in_points(self, figure):
        """WeasyPrint writes a figure's ``/BBox`` in CSS pixels from the page's top; PDF wants
        points in the page's own space, which counts from the bottom."""
        page = self.objects[figure["Pg"]]
        height = float(page["MediaBox"][3])
        x1, y1, x2, y2 = (float(value) * 0.75 for value in figure["A"]["BBox"])
        figure["A"]["BBox"] = pydyf.Array((x1, height - y2, x2, height - y1))

    def _move_caption(self, caption):
        parent = self.objects.get(caption["P"])
        if parent is None or parent["S"] in CAPTIONED:
            return
        siblings = [self.struct(kid) for kid in parent["K"]]
        targets = [
            (position, target)
            for position, sibling in enumerate(siblings)
            if sibling is not None and sibling is not caption
            for target in self._captioned(sibling)
        ]
        if len(targets) != 1:
            return
        position, target = targets[0]
        before = siblings.index(caption) < position
        parent["K"] = pydyf.Array(kid for kid in parent["K"] if kid != caption.reference)
        if before:
            target["K"].insert(0, caption.reference)
        else:
            target["K"].append(caption.reference)
        caption["P"] = target.reference

    def _captioned(self, element):
        """The Figure, BlockQuote or Table that ``element`` is, or that it wraps in
        structure-less boxes (an image sits in an anonymous line box of its <figure>)."""
        if element["S"] in CAPTIONED:
            return [element]
        if element["S"] not in ("/NonStruct", "/Div"):
            return []
        found = []
        for kid in element["K"]:
            if (child := self.struct(kid)) is not None:
                found += self._captioned(child)
        return found


class _FormFields:
    """Tooltips from ``title``, and check boxes a viewer can redraw."""

    def __init__(self, document, pdf):
        self.document = document
        self.pdf = pdf

    def repair(self):
        form = self.pdf.catalog.get("AcroForm")
        if not form:
            return
        objects = {obj.reference: obj for obj in self.pdf.objects if isinstance(obj, pydyf.Object)}
        self._tooltips_from_titles(form, objects)
        self._redrawable_check_boxes(form, objects)

    def _tooltips_from_titles(self, form, objects):
        """WeasyPrint names a field (``/TU``) by its label's text before its ``title``; our
        templates give ``title`` where the label alone says too little (a check box's label
        without its group's legend), so a field with a ``title`` gets it as its ``/TU``."""
        titles = {}
        for page in self.document.pages:
            for box in page._page_box.descendants():
                element = box.element
                if box.element_tag in ("input", "textarea", "select") and element.get("title"):
                    titles[element.get("name")] = element.get("title")
        for reference in form["Fields"]:
            field = objects[reference]
            name = field.get("T")
            title = titles.get(name.string if isinstance(name, pydyf.String) else None)
            if title:
                field["TU"] = pydyf.String(title)

    def _redrawable_check_boxes(self, form, objects):
        """A ``/DA`` with ``Tf`` (ZapfDingbats, sized to the box), a tick as ``/MK /CA`` and
        an empty ``/Off`` appearance for each check box."""
        boxes = [
            objects[reference]
            for reference in form["Fields"]
            if objects[reference].get("FT") == "/Btn"
            and "Kids" not in objects[reference]
            and "on" in objects[reference].get("AP", {}).get("N", {})
        ]
        if not boxes:
            return
        off = pydyf.Stream(extra={"Type": "/XObject", "Subtype": "/Form", "BBox": pydyf.Array((0, 0, 1, 1))})
        self.pdf.add_object(off)
        for box in boxes:
            height = abs(box["Rect"][3] - box["Rect"][1])
            box["DA"] = pydyf.String(f"/ZaDb {height * 0.8:.1f} Tf 0 g")
            box["MK"]["CA"] = pydyf.String("4")  # ZapfDingbats' tick
            box["AP"]["N"]["Off"] = off.reference
        self._add_zapf_dingbats(form, objects)

    def _add_zapf_dingbats(self, form, objects):
        """``/ZaDb`` in the form's default resources, the font a viewer draws the tick with
        when it rebuilds an appearance. The form gets resources of its own: the page's,
        which WeasyPrint shares with it, keep only the embedded fonts the page shows."""
        resources = form["DR"]
        resources = objects[resources] if isinstance(resources, bytes) else resources
        fonts = resources.get("Font") or {}
        fonts = objects[fonts] if isinstance(fonts, bytes) else fonts
        font = pydyf.Dictionary({"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/ZapfDingbats"})
        self.pdf.add_object(font)
        form["DR"] = pydyf.Dictionary(
            {**resources, "Font": pydyf.Dictionary({**fonts, "ZaDb": font.reference})}
        )
