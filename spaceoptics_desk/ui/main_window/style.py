"""The look: a calm, readable window for long days on the phone; warnings in one colour."""

from __future__ import annotations

STYLE_SHEET = """
QLineEdit#searchBox { font-size: 16px; padding: 6px 8px; }
QTabBar::tab {
    padding: 5px 7px; border: 1px solid #c8c8c8; border-bottom: none; background: #ececec; margin-right: 1px;
}
QTabBar::tab:selected { background: #ffffff; border-top: 2px solid #0078d4; }
QLabel#resultsNote { color: #555; padding: 2px 2px 4px 2px; }
QLabel#customerName { font-size: 20px; font-weight: 600; }
QLabel#customerSummary { color: #555; }
QLabel#caption { font-weight: 600; margin-top: 6px; }
QLabel#emptyNote { color: #666; font-style: italic; }
QLabel#restrictedBanner {
    background: #fde7e9; color: #a4262c; border: 1px solid #a4262c; border-radius: 4px;
    padding: 8px; font-weight: 600;
}
QLabel#holdBanner {
    background: #fff4ce; color: #5c4400; border: 1px solid #c19c00; border-radius: 4px; padding: 8px;
}
QLabel#notice {
    background: #dff6dd; color: #107c10; border: 1px solid #107c10; border-radius: 4px; padding: 6px;
}
QLabel#wording {
    background: #ffffff; border: 1px solid #c8c8c8; border-radius: 4px; padding: 8px; font-size: 14px;
}
QLabel#warningNote { color: #a4262c; font-weight: 600; }
QLabel#switchState { color: #444; }
QLabel#errorBanner {
    background: #fde7e9; color: #a4262c; border: 1px solid #a4262c; border-radius: 4px; padding: 8px;
}
QLabel#dueDate { font-size: 16px; font-weight: 600; }
QLabel#dueDate[urgency="overdue"] { color: #a4262c; }
QLabel#dueDate[urgency="soon"] { color: #8a5a00; }
QLabel#caseCount[late="true"] { color: #a4262c; font-weight: 600; }
QPushButton#retentionBadge {
    background: #fff4ce; color: #5c4400; border: 1px solid #c19c00; border-radius: 8px; padding: 1px 8px;
}
QFrame#auditBanner { background: #fde7e9; border: 1px solid #a4262c; border-radius: 4px; }
QLabel#auditBannerText { color: #a4262c; font-weight: 600; }
QFrame#reviewBanner { background: #fff4ce; border: 1px solid #c19c00; border-radius: 4px; }
QLabel#reviewBannerText { color: #5c4400; font-weight: 600; }
QLabel#reportBox {
    background: #ffffff; border: 1px solid #c8c8c8; border-radius: 4px; padding: 8px;
}
"""
