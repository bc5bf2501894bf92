import sys, pypdfium2 as pdfium
path, page = sys.argv[1], int(sys.argv[2])
pdf = pdfium.PdfDocument(path)
img = pdf[page-1].render(scale=float(sys.argv[3]) if len(sys.argv)>3 else 1.2).to_pil()
img.save("/tmp/m33_page.png")
print(img.size)
