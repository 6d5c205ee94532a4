"""Figures on a PDF's accessibility that can be checked by machine, next to its print HTML.

Used by ``manage.py pdfcheck`` (``make pdfcheck``) and by the PDF tests. It reads the PDF with
pypdf, a development tool (requirements-dev.txt), so it is not imported by the site itself.
The figures are the machine-checkable part of PDF/UA-1 this project relies on; a full PDF/UA
validation (veraPDF, the Matterhorn Protocol) needs a JVM tool that is not installed here.
"""

import io
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

CAPTION_PARENTS = {"/Figure", "/BlockQuote", "/Table"}


@dataclass
class StructureElement:
    """One structure element: its type (``"/Table"``), attributes and children."""

    type: str
    obj: object
    parent: "StructureElement | None" = None
    children: list = field(default_factory=list)

    @property
    def attributes(self):
        """The element's ``/A`` as a list of dictionaries (PDF allows one or an array)."""
        attributes = self.obj.get("/A")
        if attributes is None:
            return []
        attributes = attributes.get_object()
        return [item.get_object() for item in attributes] if isinstance(attributes, list) else [attributes]

    def attribute(self, name):
        return next((item[name] for item in self.attributes if name in item), None)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def structure_tree(reader):
    """The document's structure tree as ``StructureElement``s, or None if it is untagged."""
    root = reader.trailer["/Root"].get("/StructTreeRoot")
    if root is None:
        return None
    top = StructureElement("/StructTreeRoot", root.get_object())
    _add_children(top)
    return top


def _add_children(element):
    kids = element.obj.get("/K")
    if kids is None:
        return
    kids = kids.get_object()
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if isinstance(kid, dict) and kid.get("/Type", "/StructElem") == "/StructElem" and "/S" in kid:
            child = StructureElement(str(kid["/S"]), kid, parent=element)
            element.children.append(child)
            _add_children(child)


@dataclass
class PdfFigures:
    pages: int = 0
    html_tables: int = 0
    pdf_tables: int = 0
    th_with_scope: int = 0
    th_without_scope: int = 0
    html_lang_parts: int = 0
    pdf_inner_lang: int = 0
    figures: int = 0
    figures_with_alt: int = 0
    captions: int = 0
    captions_inside: int = 0
    widgets: int = 0
    widgets_with_tu: int = 0
    fonts: int = 0
    fonts_embedded: int = 0
    links: int = 0
    foreign_links: list = field(default_factory=list)
    id_tree: bool = False
    ids: int = 0
    inner_langs: Counter = field(default_factory=Counter)
    marked_content_errors: list = field(default_factory=list)

    def lines(self):
        """The figures as lines of text, one check a line."""
        return [
            f"pages: {self.pages}",
            f"tables: {self.html_tables} in HTML, {self.pdf_tables} /Table",
            f"/TH: {self.th_with_scope} with /Scope, {self.th_without_scope} without",
            f"/ID on cells: {self.ids}, /IDTree: {'yes' if self.id_tree else 'no'}",
            f"lang parts: {self.html_lang_parts} in HTML, {self.pdf_inner_lang} elements with inner /Lang"
            + (
                f" ({', '.join(f'{k}: {v}' for k, v in sorted(self.inner_langs.items()))})"
                if self.inner_langs
                else ""
            ),
            f"figures: {self.figures}, {self.figures_with_alt} with /Alt",
            f"captions: {self.captions}, {self.captions_inside} inside their Figure/BlockQuote/Table",
            f"form widgets: {self.widgets}, {self.widgets_with_tu} with /TU",
            f"fonts: {self.fonts}, {self.fonts_embedded} embedded",
            f"marked content outside the tree or claimed twice: {len(self.marked_content_errors)}",
            f"links: {self.links}, {len(self.foreign_links)} to a host other than the request's"
            + (f" ({', '.join(sorted(set(self.foreign_links)))})" if self.foreign_links else ""),
        ]


def audit(pdf_bytes, html, request_host):
    """Figures for one PDF (bytes), its print HTML (str) and the host it was requested on."""
    from bs4 import BeautifulSoup
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes))
    soup = BeautifulSoup(html, "html.parser")
    figures = PdfFigures(pages=len(reader.pages))
    figures.html_tables = len(soup.select("body table"))
    figures.html_lang_parts = len(soup.select("body [lang]"))

    tree = structure_tree(reader)
    if tree is not None:
        figures.id_tree = "/IDTree" in tree.obj
        for element in tree.walk():
            if element.type == "/Table":
                figures.pdf_tables += 1
            elif element.type == "/TH":
                if element.attribute("/Scope") is not None:
                    figures.th_with_scope += 1
                else:
                    figures.th_without_scope += 1
            elif element.type == "/Figure":
                figures.figures += 1
                figures.figures_with_alt += "/Alt" in element.obj
            elif element.type == "/Caption":
                figures.captions += 1
                figures.captions_inside += element.parent.type in CAPTION_PARENTS
            if "/ID" in element.obj:
                figures.ids += 1
            if "/Lang" in element.obj and element.type != "/StructTreeRoot":
                figures.pdf_inner_lang += 1
                figures.inner_langs[str(element.obj["/Lang"])] += 1

    fonts = {}
    for page in reader.pages:
        for annotation in page.get("/Annots", []) or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Widget":
                figures.widgets += 1
                figures.widgets_with_tu += bool(annotation.get("/TU"))
            elif annotation.get("/Subtype") == "/Link":
                action = annotation.get("/A")
                uri = action.get_object().get("/URI") if action is not None else None
                if uri is not None:
                    figures.links += 1
                    host = urlsplit(str(uri)).netloc
                    if urlsplit(str(uri)).scheme in ("http", "https") and host != request_host:
                        figures.foreign_links.append(host)
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts") or [font]:
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                    fonts[str(descriptor["/FontName"])] = embedded
                else:
                    fonts[str(font.get("/BaseFont"))] = False
    figures.fonts = len(fonts)
    figures.fonts_embedded = sum(fonts.values())
    figures.marked_content_errors = marked_content_errors(reader)
    return figures


def marked_content_errors(reader):
    """Where the structure tree and the pages' marked content disagree, as lines of text: an
    MCID in a page that no structure element claims, one the tree claims that no page has,
    or a ``/ParentTree`` entry that points to another element than the one that claims it.
    An empty list for a consistent file."""
    from pypdf.generic import ContentStream

    tree = structure_tree(reader)
    if tree is None:
        return []
    page_numbers = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}
    claimed = {}
    for element in tree.walk():
        if element.type == "/StructTreeRoot":
            continue
        kids = element.obj.get("/K")
        kids = kids.get_object() if kids is not None else []
        page = element.obj.get("/Pg")
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, int):
                key = (page_numbers[page.idnum], kid)
            elif isinstance(kid, dict) and kid.get("/Type") == "/MCR":
                key = (page_numbers[kid.raw_get("/Pg").idnum], int(kid["/MCID"]))
            else:
                continue
            claimed[key] = element.obj.indirect_reference
    in_pages = set()
    for number, page in enumerate(reader.pages):
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC" and isinstance(operands[1], dict) and "/MCID" in operands[1]:
                in_pages.add((number, int(operands[1]["/MCID"])))
    errors = [f"page {p + 1} MCID {m}: in no structure element" for p, m in sorted(in_pages - claimed.keys())]
    errors += [f"page {p + 1} MCID {m}: not on the page" for p, m in sorted(claimed.keys() - in_pages)]
    numbers = tree.obj["/ParentTree"].get_object()["/Nums"]
    parents = {int(numbers[i]): numbers[i + 1].get_object() for i in range(0, len(numbers), 2)}
    for (page, mcid), reference in sorted(claimed.items()):
        entries = parents.get(int(reader.pages[page].get("/StructParents", -1)))
        entry = entries[mcid] if entries is not None and mcid < len(entries) else None
        if getattr(entry, "idnum", None) != reference.idnum:
            errors.append(f"page {page + 1} MCID {mcid}: /ParentTree points elsewhere")
    return errors
