# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bank_account.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BankAccountDialog(object):
    def setupUi(self, BankAccountDialog):
        if not BankAccountDialog.objectName():
            BankAccountDialog.setObjectName(u"BankAccountDialog")
        BankAccountDialog.resize(480, 200)
        self.mainLayout = QVBoxLayout(BankAccountDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.bankNameLabel = QLabel(BankAccountDialog)
        self.bankNameLabel.setObjectName(u"bankNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bankNameLabel)

        self.bankNameEdit = QLineEdit(BankAccountDialog)
        self.bankNameEdit.setObjectName(u"bankNameEdit")
        self.bankNameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bankNameEdit)

        self.bikLabel = QLabel(BankAccountDialog)
        self.bikLabel.setObjectName(u"bikLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bikLabel)

        self.bikEdit = QLineEdit(BankAccountDialog)
        self.bikEdit.setObjectName(u"bikEdit")
        self.bikEdit.setMaxLength(9)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bikEdit)

        self.corrLabel = QLabel(BankAccountDialog)
        self.corrLabel.setObjectName(u"corrLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.corrLabel)

        self.corrEdit = QLineEdit(BankAccountDialog)
        self.corrEdit.setObjectName(u"corrEdit")
        self.corrEdit.setMaxLength(20)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.corrEdit)

        self.accountLabel = QLabel(BankAccountDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(BankAccountDialog)
        self.accountEdit.setObjectName(u"accountEdit")
        self.accountEdit.setMaxLength(20)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accountEdit)


        self.mainLayout.addLayout(self.form)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(BankAccountDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(BankAccountDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.bottomLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.bankNameLabel.setBuddy(self.bankNameEdit)
        self.bikLabel.setBuddy(self.bikEdit)
        self.corrLabel.setBuddy(self.corrEdit)
        self.accountLabel.setBuddy(self.accountEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BankAccountDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, BankAccountDialog):
        BankAccountDialog.setWindowTitle(QCoreApplication.translate("BankAccountDialog", u"\u0420\u0430\u0441\u0447\u0451\u0442\u043d\u044b\u0439 \u0441\u0447\u0451\u0442", None))
        self.bankNameLabel.setText(QCoreApplication.translate("BankAccountDialog", u"\u0411\u0430\u043d\u043a*:", None))
        self.bikLabel.setText(QCoreApplication.translate("BankAccountDialog", u"\u0411\u0418\u041a*:", None))
        self.corrLabel.setText(QCoreApplication.translate("BankAccountDialog", u"\u041a\u043e\u0440\u0440. \u0441\u0447\u0451\u0442:", None))
        self.accountLabel.setText(QCoreApplication.translate("BankAccountDialog", u"\u0420\u0430\u0441\u0447\u0451\u0442\u043d\u044b\u0439 \u0441\u0447\u0451\u0442*:", None))
        self.saveButton.setText(QCoreApplication.translate("BankAccountDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.cancelButton.setText(QCoreApplication.translate("BankAccountDialog", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

