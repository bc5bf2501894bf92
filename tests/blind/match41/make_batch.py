# -*- coding: utf-8 -*-
"""Build blind batch match41: 22 report files + expected.json + near_misses.json (+ README tables).

Run: /work/blind/.venv41/bin/python make_batch.py
All content is in batch_data.py (FILES, NEAR_MISS_GROUPS); this script renders it.
"""
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from batch_data import FILES, NEAR_MISS_GROUPS  # noqa: E402
import rdocx41  # noqa: E402
import rpdf41  # noqa: E402

LAYOUTS = {
    "2017_Regjeringen_oppfolging.docx": (rdocx41.reg2017,
        "kd_landscape_table_grouped_under_strategy_tiltak_nr_rows_dep_med_virkemiddel_tidsplan_status_ogsa_nr_in_status",
        "KD 'Oppfølging av NKPS – status 2017' (landscape): Til/Fra/Dato grid, ONE table Regjeringens tiltak | Dep. | Med | "
        "Virkemiddel | Tidsplan | Status og innhold, under shaded full-width group rows 'Strategiens tiltak nr. n: …' (old "
        "number = group row); a second old number only as 'Gjelder også tiltak nr. 13.' at the end of the status text; group "
        "row nr. 9 has only a note 'partene har hovedansvaret' (not a measure); legend line and 'Videre arbeid 2018' are not measures"),
    "2017_LO_rapport.pdf": (rpdf41.lo2017,
        "lo_pdf_two_col_table_oldnr_and_strategy_text_left_several_measures_stacked_in_right_cell_italic_fact_sentence_ogsa_nr",
        "LO report exported from Word: two-column table NKPS-tiltak | LOs oppfølging; the left cell gives 'Nr. n' and the "
        "strategy's wording, the right cell holds ONE OR MORE measures stacked (bold title, text, italic fact sentence 'Type: … "
        "Ansvar: … Med: … Tid: … Også nr. 7.'); nr. 4 and nr. 6 rows hold three or four measures each; the "
        "nr. 9 row is only a cross-reference ('Se nr. 4') and the signature is not a measure"),
    "2018_KS_rapport.pdf": (rpdf41.ks2018,
        "ks_pdf_landscape_theme_group_rows_slash_joined_codes_ansvar_marked_in_ansvar_samarbeid_cell_type_count_table",
        "KS report exported from Word (landscape): table Tiltak | Delmål | Beskrivelse | Ansvar/samarbeid | Type | Periode with "
        "KS' own theme rows (Helse og omsorg / Læreplasser og karriere / Digitalisering og kunnskap) as merged shaded rows; "
        "delmål joined with '/' ('1.4/2.2'); the responsible is the name marked '(ansvar)' before ';' in the combined cell; "
        "a closing 'Antall tiltak per type' table and the contact line are not measures; an intro sentence names a municipal plan as an example"),
    "2018_NHO_rapport.docx": (rdocx41.nho2018,
        "nho_letterhead_area_h1_word_autonumbered_bold_titles_tabbed_italic_labels_mal_words_only_form_planned_meetings",
        "NHO Word report on letterhead (address footer): Heading 1 per hovedinnsatsområde, measures as Word automatic numbering "
        "(List Number – numbers not in the text, continuing across headings) with bold titles, then indented tabbed label lines "
        "Mål: (the delmål as WORDING only, two goals separated by ';') / Form: / Ansvarlig: / Med: / Tid: and the text; "
        "'Planlagt 2019 – ikke startet' and 'Møter NHO har deltatt på' bullets are not measures"),
    "2018_YS_rapport.docx": (rdocx41.ys2018,
        "ys_two_col_table_tiltak_with_grey_labelled_fact_lines_in_left_cell_hva_gjor_vi_right_merged_note_row",
        "YS Word report: one two-column table Tiltak | Hva gjør vi?; the left cell holds the bold title plus small grey labelled "
        "lines Delmål / Type / Ansvar / Partnere / Tid, the right cell the description; a merged last row ('YS deltar i tillegg i "
        "en rekke andre fora …') and the greeting are not measures"),
    "2019_Regjeringen_rapport.pdf": (rpdf41.reg2019,
        "reg_pdf_ministry_chapters_continuous_numbered_bold_titles_dot_fact_line_owner_from_chapter_videreforte_oneliners_count_table",
        "government report exported from Word: chapters per ministry ('2 Kunnskapsdepartementet (KD)', '3 Arbeids- og "
        "sosialdepartementet (ASD)') – the responsible is only the chapter's ministry; measures numbered continuously "
        "'n. Title', text, then a grey '·'-separated line 'Delmål … · Virkemiddel: … · Samarbeid: … · Periode: …'; chapter 4 "
        "'Videreførte tiltak fra 2017' gives continued measures as ONE-LINE bullets 'Title – delmål – type – dep. – Videreført: "
        "status' (no partners); 'Antall tiltak per departement' table is not measures"),
    "2019_MoreogRomsdal_rapport.docx": (rdocx41.mr2019,
        "nn_county_typed_decimal_h2_numbers_like_codes_text_then_borderless_five_row_label_table_planar",
        "nynorsk county report in Word: '1 Innleiing', '2 Tiltak' with Heading 2 '2.n Title' (typed numbers that look like "
        "delmål codes but are the report's own – stripped), the text, then a BORDERLESS five-row label table NKPS-delmål / "
        "Type / Ansvarleg / Samarbeid / Tid; '3 Planar for 2020' bullets are not measures"),
    "2019_VOFO_rapport.pdf": (rpdf41.vofo2019,
        "vofo_pdf_landscape_table_type_in_parens_after_title_malgruppe_column_hvem_dash_med_sum_row",
        "VOFO report (landscape): table Tiltak (type) | Delmål | Målgruppe | Hvem | Når | Kort om – the type is in brackets "
        "after the bold title in the first cell, 'Hvem' is 'owner – med partner, partner', an extra Målgruppe column is not a "
        "ground-truth field; 'Sum: 5 tiltak' merged row and the footnote are not measures"),
    "2020_LO_rapport.docx": (rdocx41.lo2020,
        "lo_word_excel_paste_lopenr_delmal_second_status_fortsatt_fra_year_corona_merged_row_trailing_number_only_row",
        "LO Word report (landscape) with a table pasted from Excel: Løpenr | Delmål | Tiltak | Status | Eier | Partnere | Fra–til "
        "| Tiltakstype | Beskrivelse; Status says 'Fortsatt fra 2017' or 'Nytt 2020'; delmål joined with ';'; a merged "
        "'Korona: …' row in the middle and a last row holding only the next Løpenr (9) are not measures"),
    "2020_Unio_rapport.pdf": (rpdf41.unio2020,
        "unio_pdf_h2_title_then_five_coloured_question_lines_each_answered_in_a_sentence_andre_saker",
        "Unio report exported from Word: each measure a heading (title) followed by the secretariat's five questions as bold "
        "coloured lines, each answered in its own paragraph ('Tiltaket hører til delmål 2.2 (…).', the type word, 'Ansvarlig: … "
        "Med: …', the period, the text); 'Andre saker Unio har arbeidet med' is not measures"),
    "2020_NAV_notat.docx": (rdocx41.nav2020,
        "nav_internal_note_table_letter_keys_malgruppe_omfang_sum_row_descriptions_as_lettered_merknader_below",
        "NAV internal NOTAT (Til/Fra/Dato/Sak grid): one table with a letter key a)–f) | Tiltak | Målgruppe | Omfang 2020 | "
        "Delmål | Ansvar | Samarbeid | Varighet | Virkemiddel and a 'Sum deltakere' row (not a measure); the descriptions are the "
        "lettered 'Merknader' paragraphs under the table, joined to the rows by letter"),
    "2021_KS_rapport.docx": (rdocx41.ks2021,
        "ks_word_h2_titles_with_trailing_status_tag_in_parens_bold_label_bullets_kategori_first_mal_code_and_words_last",
        "KS Word report: Heading 2 per measure ending in a status tag '(videreført)' / '(nytt)' that is not part of the title; "
        "five bullets with bold labels Kategori / Eier / Med / Tidsrom / Mål (code and wording, two goals with ';'), then the "
        "text; 'Oppsummering' count table (Videreført/Nytt/Sum) is not measures"),
    "2021_Virke_rapport.pdf": (rpdf41.virke2021,
        "virke_web_page_print_browser_header_url_footer_breadcrumb_h3_text_then_beige_two_row_fakta_strip_cookie_line",
        "Virke web page printed from the browser: date/time and page title in the header, URL and 'n/m' in the footer, "
        "breadcrumb, lead; each measure an H3, the text, then a beige two-row strip with labels above values (Delmål / Type / "
        "Eier / Med / Tid); 'Relaterte saker' and the cookie banner text are not measures"),
    "2022_NHO_rapport.pdf": (rpdf41.nho2022,
        "nho_pdf_delmal_code_h2_runin_bold_titles_square_bracket_pipe_fact_tail_se_ogsa_stubs_under_second_goal",
        "NHO report exported from Word: Heading 2 per delmål ('Delmål 1.4 Samarbeid mellom utdanning og arbeidsliv'); each "
        "measure one paragraph: bold run-in title ending in '.', the text, and a grey bracket '[type | Ansvar: … | Med: … | "
        "period]'; under its other delmål a measure appears only as an italic stub 'Se også: Title (omtalt under delmål 1.4).' "
        "– the stubs are not new measures but give the second delmål"),
    "2022_Akademikerne_rapport.docx": (rdocx41.akad2022,
        "akademikerne_word_typed_numbered_h2_three_row_four_col_pair_fact_table_text_after_representation_table",
        "Akademikerne Word report: Heading 2 '1. Title' (typed numbers, stripped), a 3-row table with TWO label/value pairs per "
        "row (Delmål | … | Type | … / Ansvarlig | … | Partnere | … / Periode | …), then the text; closing 'Akademikernes "
        "representasjon' table (Organ | Representant – KBU and RSA appear again) is not measures"),
    "2023_LO_rapport.pdf": (rpdf41.lo2023,
        "lo_pdf_landscape_new_measures_h3_dash_fact_line_then_videreforte_table_forste_gang_rapportert_status_2023",
        "LO report exported from Word (landscape): chapter '2 Nye tiltak' – H3 title, text and a dash-separated fact line "
        "'Delmål: … – Type: … – Ansvar: … – Med: … – Periode: …'; chapter '3 Videreførte tiltak' – ONE table Tiltak | Første "
        "gang rapportert | Delmål | Type | Ansvar | Med | Periode | Status 2023 (status = description); '4 LOs prioriteringer "
        "for 2024' is not measures"),
    "2023_HKdir_rapport.docx": (rdocx41.hkdir2023,
        "hkdir_word_h2_factsheet_seven_row_label_table_with_budsjett_and_kontaktperson_rows_om_tiltaket_subheading",
        "HK-dir Word report: each measure a Heading 2 and a shaded seven-row factsheet Delmål / Type / Ansvar / Samarbeid / "
        "Periode / Budsjett 2023 / Kontaktperson (the last two are not ground-truth fields), then a bold 'Om tiltaket' line and "
        "the text; 'Andre oppdrag i 2023' is not measures"),
    "2024_Regjeringen_oppfolging.docx": (rdocx41.reg2024,
        "reg_word_note_overview_table_dep_status_delmal_then_bold_title_paragraphs_italic_semicolon_samarbeid_periode_virkemiddel",
        "KD note in Word: '1 Oversikt' – ONE table Tiltak | Ansvarlig dep. | Status (Videreført/Nytt) | Delmål; '2 Omtale av "
        "tiltakene' – bold title paragraph, text, italic grey line 'Samarbeid: …; periode: …; virkemiddel: ….' – so each "
        "measure's facts are split between the table and the section (joined by title); '3 Videre arbeid' is not measures"),
    "2024_Vestland_rapport.pdf": (rpdf41.vestland2024,
        "nn_county_pdf_handlingsprogram_extract_hp_numbers_kva_kven_slash_kor_tid_delmal_words_second_last_budget",
        "nynorsk county report (landscape): extract of the action programme, table Nr. | Tiltak | Kva | Kven (ansvarleg / med) "
        "| Kor tid | Delmål i NKPS | Type; Nr. holds the programme's own 'HP n.n' numbers, delmål are nynorsk WORDS only (two "
        "goals on two lines), 'Kven' is 'owner / partner, partner' (header row set to repeat); the "
        "'Økonomi' budget table on page 2 and a sentence on other county tasks are not measures"),
    "2025_KS_rapport.pdf": (rpdf41.ks2025,
        "ks_pdf_goal_shortname_headings_code_in_parens_bold_title_dot_factline_eier_med_tidsrom_kategori_ogsa_line",
        "KS report exported from Word: headings are KS' SHORT names of the delmål with the code in brackets ('Digital kompetanse "
        "(2.1)'); each measure a bold title, a grey line 'Eier: … · Med: … · Tidsrom: … · Kategori: …', an italic 'Også: "
        "Utdanning og arbeidsliv (1.4)' line for a second goal, then the text; 'Kontakt' is not a measure"),
    "2025_Spekter_rapport.docx": (rdocx41.spekter2025,
        "spekter_word_letter_topic_h2_paren_numbered_bold_titles_emdash_fact_line_greeting",
        "Spekter letter in Word (addressee, date in the header, signature): Heading 2 per topic (Fag- og yrkesopplæring / "
        "Ledelse og HR / Helse), measures as bold 'n) Title' paragraphs (typed numbers stripped), a grey em-dash fact line "
        "'Delmål: … — Type: … — Ansvarlig: … — Med: … — Periode: …' and the text; 'Spørsmål kan rettes til …' and the greeting "
        "are not measures"),
    "2026_NHO_rapport.pdf": (rpdf41.nho2026,
        "nho_pdf_notat_table_low_on_page_videreført_ja_nei_column_plus_joined_codes_kommentar_last_split_header_repeated",
        "NHO NOTAT (Til/Fra/Dato and Sak lines) with a spreadsheet table pasted low on page 1 so it breaks to page 2 with the "
        "header repeated: Tiltak | Videreført? (ja/nei) | Delmål ('1.4 + 2.3') | Type | Ansvar | Partnere | Periode | "
        "Kommentar (= description); 'Antall tiltak: 6, hvorav 4 videreført' is not a measure"),
}


def expected():
    out = {}
    seen = {}
    for f in sorted(FILES, key=lambda f: (f["year"], f["file"])):
        ms = []
        for m in f["measures"]:
            key = (f["reporter"], m["id"])
            cont = key in seen and seen[key] < f["year"]
            ms.append(dict(title=m["title"], delmal=sorted(m["dm"]), type=m["type"], responsible=m["resp"],
                           partners=m["partners"], period=m["period"], description=m["desc"], tiltak_id=m["id"],
                           continues=cont))
        for m in f["measures"]:
            seen.setdefault((f["reporter"], m["id"]), f["year"])
        out[f["file"]] = dict(reporter=f["reporter"], report_year=f["year"], measures=ms)
    return out


def near_misses():
    rows = {}
    for f in FILES:
        for m in f["measures"]:
            rows.setdefault(m["id"], []).append([f["file"], m["title"]])
    pairs = []
    seen = set()
    for _, g in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(g, 2):
            for r1 in rows[a]:
                for r2 in rows[b]:
                    k = tuple(sorted([tuple(r1), tuple(r2)]))
                    if k not in seen:
                        seen.add(k)
                        pairs.append([r1, r2])
    return pairs


def readme(exp, nm):
    import readme_text as RT
    rows = sum(len(v["measures"]) for v in exp.values())
    ids = {}
    reps = {}
    for fn, v in exp.items():
        for m in v["measures"]:
            ids.setdefault(m["tiltak_id"], []).append((fn, v, m))
            reps.setdefault(m["tiltak_id"], set()).add(v["reporter"])
    cont = sum(1 for v in exp.values() for m in v["measures"] if m["continues"])
    reporters = sorted({v["reporter"] for v in exp.values()})
    years = sorted({v["report_year"] for v in exp.values()})
    multi_year = sorted(r for r in reporters if len({v["report_year"] for v in exp.values() if v["reporter"] == r}) >= 3)
    L = ["# Blind test batch match41", "",
         "Synthetic but ordinary Norwegian NKPS follow-up reports (Word and PDF) with ground truth. Emphasis: measures that go on "
         "over the years (renamed, split, merged, new phase, delmål added, one-liners in a 'videreførte' list) and the same measure "
         "told by different members in different words. Rebuild: `/work/blind/.venv41/bin/python make_batch.py` (python-docx, "
         "reportlab, pdfplumber); all content is in `batch_data.py` (FILES + NEAR_MISS_GROUPS), renderers in `rdocx41.py` / "
         "`rpdf41.py` (helpers `docxkit.py`, `pdfkit.py` adapted from the generic kit of an earlier blind batch), self-check "
         "`check.py` (every title, description, responsible, period and partner is found in the extracted text).", "",
         "## Counts", "", "| item | n |", "|---|---|",
         "| report files | %d (%d .docx, %d .pdf) |" % (len(exp), sum(f.endswith('.docx') for f in exp), sum(f.endswith('.pdf') for f in exp)),
         "| reporters | %d |" % len(reporters),
         "| reporters with reports in three years | %d (%s) – see note |" % (len(multi_year), ", ".join(multi_year)),
         "| report years | %s |" % ", ".join(map(str, years)),
         "| nynorsk reports | 2 (Møre og Romsdal 2019, Vestland 2024) |",
         "| measure rows | %d |" % rows, "| distinct tiltak | %d |" % len(ids),
         "| tiltak reported in more than one row | %d |" % sum(1 for v in ids.values() if len(v) > 1),
         "| tiltak reported by more than one reporter | %d |" % sum(1 for v in reps.values() if len(v) > 1),
         "| rows with continues=true | %d |" % cont, "| near-miss pairs | %d |" % len(nm), "",
         "Note: with 22 files and 14 reporters at most 4 reporters can have three reports each (3·4 + 10 = 22); the brief's "
         "'6–8 reporters in three years' cannot be met together with '14–16 reporters', so the reporter count was kept and the "
         "four long chains (2017/2019/2024, 2017/2020/2023, 2018/2021/2025, 2018/2022/2026) carry the continuing measures.", "",
         "## Files", "", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in sorted(FILES, key=lambda f: (f["year"], f["file"])):
        _, name, desc = LAYOUTS[f["file"]]
        made = "python-docx" if f["file"].endswith(".docx") else "reportlab"
        d2 = desc.replace("|", "\\|")
        L.append(f"| {f['file']} | {f['reporter']} | {f['year']} | {made} | `{name}`: {d2} | {len(f['measures'])} |")
    L += ["", "## Conventions", RT.CONVENTIONS, "## Identity judgements (analyst decisions)", RT.IDENTITY,
          "## Continuing chains (same reporter, three report years)", RT.CHAINS,
          "## Same-tiltak groups (generated)", ""]
    for tid in sorted(ids):
        if len(ids[tid]) < 2:
            continue
        parts = []
        for fn, v, m in sorted(ids[tid], key=lambda x: (x[1]["report_year"], x[0])):
            parts.append(f"{v['reporter']} {v['report_year']} «{m['title']}»" + (" (cont.)" if m["continues"] else ""))
        L.append(f"- **{tid}**: " + "; ".join(parts))
    L += ["", "## Near-miss groups", RT.NEAR]
    for why, g in NEAR_MISS_GROUPS:
        L.append(f"- {why}: {', '.join(g)} – {RT.NEAR_WHY[why]}")
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


def main():
    only = sys.argv[1:]
    for f in FILES:
        if only and f["file"] not in only:
            continue
        fn = LAYOUTS[f["file"]][0]
        fn(f, os.path.join(HERE, f["file"]))
        print("built", f["file"])
    exp = expected()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    nm = near_misses()
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    print("rows", sum(len(v["measures"]) for v in exp.values()), "near-miss pairs", len(nm))
    readme(exp, nm)


if __name__ == "__main__":
    main()
