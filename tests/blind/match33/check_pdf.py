import sys, pdfplumber
for p in sys.argv[1:]:
    print("=" * 20, p)
    with pdfplumber.open(p) as pdf:
        for i, pg in enumerate(pdf.pages, 1):
            print("--- page", i, pg.width, pg.height)
            print(pg.extract_text())
