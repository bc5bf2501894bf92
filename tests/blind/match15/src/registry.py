"""Module key -> report module, in build order."""
from collections import OrderedDict

from .reports import (r01_spekter_2017, r02_lo_2017, r03_regjeringen_2018, r04_nho_2018, r05_unio_2018,
                      r06_vofo_2018, r07_more_og_romsdal_2018, r08_ys_2019, r09_akademikerne_2019, r10_ks_2019,
                      r11_sogn_og_fjordane_2019, r12_unio_2020, r13_regjeringen_2020, r14_lo_2021,
                      r15_vestland_2021, r16_vofo_2021, r17_nho_2022, r18_ks_2023, r19_virke_2023,
                      r20_hkdir_2024, r21_trondelag_2024, r22_akademikerne_2025)

MODULES = OrderedDict([
    ("sp17", r01_spekter_2017),
    ("lo17", r02_lo_2017),
    ("reg18", r03_regjeringen_2018),
    ("nho18", r04_nho_2018),
    ("un18", r05_unio_2018),
    ("vo18", r06_vofo_2018),
    ("mr18", r07_more_og_romsdal_2018),
    ("ys19", r08_ys_2019),
    ("ak19", r09_akademikerne_2019),
    ("ks19", r10_ks_2019),
    ("sf19", r11_sogn_og_fjordane_2019),
    ("un20", r12_unio_2020),
    ("reg20", r13_regjeringen_2020),
    ("lo21", r14_lo_2021),
    ("ve21", r15_vestland_2021),
    ("vo21", r16_vofo_2021),
    ("nho22", r17_nho_2022),
    ("ks23", r18_ks_2023),
    ("vi23", r19_virke_2023),
    ("hk24", r20_hkdir_2024),
    ("tr24", r21_trondelag_2024),
    ("ak25", r22_akademikerne_2025),
])
