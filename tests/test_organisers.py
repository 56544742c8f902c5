"""Organisers and patrons of an award, read from the bodies the entity extractor found."""

from __future__ import annotations

import pytest
from conftest import analyse

from pipeline.extractors.organisers import organisers_and_patrons

# (text, organisers, patrons)
CASES: list[tuple[str, list[str], list[str]]] = [
    ("Cuộc thi do Sở Giáo dục và Đào tạo tỉnh Nghệ An tổ chức trong hai ngày.",
     ["Sở Giáo dục và Đào tạo tỉnh Nghệ An"], []),
    ("Giải chạy được tổ chức bởi Hội Nông dân huyện Gia Lâm đồng tổ chức cùng xã.",
     ["Hội Nông dân huyện Gia Lâm"], []),
    ("Hội Nhà báo tỉnh Bình Định phối hợp với Sở Văn hóa và Thể thao tỉnh Bình Định tổ chức giải báo chí.",
     ["Hội Nhà báo tỉnh Bình Định", "Sở Văn hóa và Thể thao tỉnh Bình Định"], []),
    ("Chương trình dưới sự bảo trợ của Bộ Tài chính và Bộ Công Thương.",
     [], ["Bộ Tài chính", "Bộ Công Thương"]),
    # a body named twice is listed once
    ("Giải do Hội Nhà văn Việt Nam tổ chức. Vòng chung khảo cũng do Hội Nhà văn Việt Nam tổ chức.",
     ["Hội Nhà văn Việt Nam"], []),
    # no verb of organising: the bodies named are neither
    ("Bộ Tài chính và Hội Nhà văn Việt Nam dự lễ trao giải.", [], []),
]


@pytest.mark.parametrize(("text", "organisers", "patrons"), CASES)
def test_organisers_and_patrons(text: str, organisers: list[str], patrons: list[str]) -> None:
    assert organisers_and_patrons(analyse(text)) == (organisers, patrons)
