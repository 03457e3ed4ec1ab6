"""The passphrase dialog: one field to open a map, or two (with a strength hint) to encrypt one.

Strength is estimated from the length and the kinds of characters (a rough entropy
bound, no dictionary); it is a hint, never a rule. The passphrase lives only in the
field and in the document that asked for it; it is never written anywhere.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate

MIN_LENGTH = 8
STRENGTHS = {"weak": QT_TRANSLATE_NOOP("Passphrase", "weak"), "fair": QT_TRANSLATE_NOOP("Passphrase", "fair"),
             "good": QT_TRANSLATE_NOOP("Passphrase", "good"), "strong": QT_TRANSLATE_NOOP("Passphrase", "strong")}


def strength(passphrase: str) -> tuple[str, float]:
    """A rough strength hint: ("weak" | "fair" | "good" | "strong", estimated bits).

    Bits = length x log2(pool), where the pool counts the character classes used
    (lower, upper, digits, other ASCII, non-ASCII); repeated characters count once
    more than the distinct ones give. It overrates dictionary words: a hint only.
    """
    if not passphrase:
        return "weak", 0.0
    pool = 0
    pool += 26 if any(c.islower() and c.isascii() for c in passphrase) else 0
    pool += 26 if any(c.isupper() and c.isascii() for c in passphrase) else 0
    pool += 10 if any(c.isdigit() and c.isascii() for c in passphrase) else 0
    pool += 33 if any(not c.isalnum() and c.isascii() for c in passphrase) else 0
    pool += 100 if any(not c.isascii() for c in passphrase) else 0
    distinct = len(set(passphrase))
    bits = min(len(passphrase), 2 * distinct) * math.log2(max(pool, 2))
    label = "weak" if bits < 40 else "fair" if bits < 60 else "good" if bits < 80 else "strong"
    return label, bits


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str, confirm: bool, error: str = ""):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.confirm = confirm
        self.setWindowTitle(translate("Passphrase", "Encrypt map") if confirm
                            else translate("Passphrase", "Encrypted map"))
        intro = QLabel((translate(
            "Passphrase", "Choose a passphrase for “{name}”. Without it the map cannot be opened: nobody can recover "
            "it for you. A few unrelated words make a good passphrase.") if confirm else
            translate("Passphrase", "“{name}” is encrypted. Enter its passphrase.")).format(name=name))
        intro.setWordWrap(True)
        self.error = QLabel(error)
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setVisible(bool(error))
        self.field = QLineEdit()
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("passphraseHint")
        self.show_box = QCheckBox(translate("Passphrase", "Show passphrase"))
        self.show_box.setObjectName("showPassphrase")
        self.show_box.toggled.connect(self._show)
        form = QFormLayout()
        form.addRow(translate("Passphrase", "Passphrase:"), self.field)
        if confirm:
            form.addRow(translate("Passphrase", "Again:"), self.again)
            form.addRow("", self.hint)
        form.addRow("", self.show_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("Passphrase", "Encrypt") if confirm else translate("Passphrase", "Open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.error)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.field.textChanged.connect(self._check)
        self.again.textChanged.connect(self._check)
        self._check()
        self.field.setFocus()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def _check(self) -> None:
        text = self.field.text()
        if not self.confirm:
            self.ok.setEnabled(bool(text))
            return
        label, bits = strength(text)
        problems = []
        if len(text) < MIN_LENGTH:
            problems.append(translate("Passphrase", "at least {count} characters").format(count=MIN_LENGTH))
        if self.again.text() != text:
            problems.append(translate("Passphrase", "the two fields differ"))
        hint = translate("Passphrase", "Strength: {label} (about {bits} bits)").format(
            label=translate("Passphrase", STRENGTHS[label]), bits=f"{bits:.0f}")
        if problems:
            hint += " — " + translate("Passphrase", "needs {problems}").format(problems=", ".join(problems))
        self.hint.setText(hint)
        self.ok.setEnabled(not problems)

    def passphrase(self) -> str:
        return self.field.text()
