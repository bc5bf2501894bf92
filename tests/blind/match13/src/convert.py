"""docx -> pdf through LibreOffice (headless), with a private profile."""
import os
import shutil
import subprocess


def docx_to_pdf(docx_path, out_pdf, workdir):
    outdir = os.path.join(workdir, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    profile = "file://" + os.path.abspath(os.path.join(workdir, "lo_profile"))
    cmd = ["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
           "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, out_pdf)
