# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(480, 360)
        self.mainLayout = QVBoxLayout(PaymentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(PaymentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(PaymentDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.kindLabel = QLabel(PaymentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PaymentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.docNoLabel = QLabel(PaymentDialog)
        self.docNoLabel.setObjectName(u"docNoLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.docNoLabel)

        self.docNoEdit = QLineEdit(PaymentDialog)
        self.docNoEdit.setObjectName(u"docNoEdit")
        self.docNoEdit.setMaxLength(50)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.docNoEdit)

        self.payerLabel = QLabel(PaymentDialog)
        self.payerLabel.setObjectName(u"payerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.payerLabel)

        self.payerEdit = QLineEdit(PaymentDialog)
        self.payerEdit.setObjectName(u"payerEdit")
        self.payerEdit.setMaxLength(250)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.payerEdit)

        self.entityLabel = QLabel(PaymentDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.entityLabel)

        self.entityCombo = QComboBox(PaymentDialog)
        self.entityCombo.setObjectName(u"entityCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.entityCombo)

        self.notesLabel = QLabel(PaymentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PaymentDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.docNoLabel.setBuddy(self.docNoEdit)
        self.payerLabel.setBuddy(self.payerEdit)
        self.entityLabel.setBuddy(self.entityCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"\u041e\u043f\u043b\u0430\u0442\u0430", None))
        self.dateLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u0414\u0430\u0442\u0430 \u043e\u043f\u043b\u0430\u0442\u044b:", None))
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u0421\u0443\u043c\u043c\u0430, \u0440\u0443\u0431.:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"0,00", None))
        self.kindLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u0412\u0438\u0434 \u043e\u043f\u043b\u0430\u0442\u044b:", None))
        self.docNoLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u2116 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430:", None))
        self.docNoEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"\u043f\u043b\u0430\u0442\u0451\u0436\u043d\u043e\u0435 \u043f\u043e\u0440\u0443\u0447\u0435\u043d\u0438\u0435, \u041f\u041a\u041e", None))
        self.payerLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u041f\u043b\u0430\u0442\u0435\u043b\u044c\u0449\u0438\u043a:", None))
        self.entityLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u042e\u0440. \u043b\u0438\u0446\u043e:", None))
        self.notesLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435:", None))
    # retranslateUi

