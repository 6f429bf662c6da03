# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_dialog.ui'
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

class Ui_CashOrderDialog(object):
    def setupUi(self, CashOrderDialog):
        if not CashOrderDialog.objectName():
            CashOrderDialog.setObjectName(u"CashOrderDialog")
        CashOrderDialog.resize(560, 430)
        self.mainLayout = QVBoxLayout(CashOrderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.numberLabel = QLabel(CashOrderDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberValue = QLabel(CashOrderDialog)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.dateLabel = QLabel(CashOrderDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(CashOrderDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.deskLabel = QLabel(CashOrderDialog)
        self.deskLabel.setObjectName(u"deskLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deskLabel)

        self.deskCombo = QComboBox(CashOrderDialog)
        self.deskCombo.setObjectName(u"deskCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deskCombo)

        self.entityLabel = QLabel(CashOrderDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.entityLabel)

        self.entityCombo = QComboBox(CashOrderDialog)
        self.entityCombo.setObjectName(u"entityCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.entityCombo)

        self.clientLabel = QLabel(CashOrderDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientEdit = QLineEdit(CashOrderDialog)
        self.clientEdit.setObjectName(u"clientEdit")
        self.clientEdit.setClearButtonEnabled(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.personLabel = QLabel(CashOrderDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(CashOrderDialog)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMaxLength(250)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.basisLabel = QLabel(CashOrderDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QLineEdit(CashOrderDialog)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setMaxLength(250)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.amountLabel = QLabel(CashOrderDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(CashOrderDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.amountEdit.setMaximumSize(QSize(200, 16777215))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.notesLabel = QLabel(CashOrderDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(CashOrderDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.stateLabel = QLabel(CashOrderDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.stateLabel)

        self.buttonBox = QDialogButtonBox(CashOrderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.deskLabel.setBuddy(self.deskCombo)
        self.entityLabel.setBuddy(self.entityCombo)
        self.clientLabel.setBuddy(self.clientEdit)
        self.personLabel.setBuddy(self.personEdit)
        self.basisLabel.setBuddy(self.basisEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.deskCombo)
        QWidget.setTabOrder(self.deskCombo, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.basisEdit)
        QWidget.setTabOrder(self.basisEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.notesEdit)

        self.retranslateUi(CashOrderDialog)
    # setupUi

    def retranslateUi(self, CashOrderDialog):
        CashOrderDialog.setWindowTitle(QCoreApplication.translate("CashOrderDialog", u"\u041a\u0430\u0441\u0441\u043e\u0432\u044b\u0439 \u043e\u0440\u0434\u0435\u0440", None))
        self.numberLabel.setText(QCoreApplication.translate("CashOrderDialog", u"\u041d\u043e\u043c\u0435\u0440:", None))
        self.numberValue.setText(QCoreApplication.translate("CashOrderDialog", u"\u043f\u0440\u0438\u0441\u0432\u0430\u0438\u0432\u0430\u0435\u0442\u0441\u044f \u043f\u0440\u0438 \u0441\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u0438", None))
        self.dateLabel.setText(QCoreApplication.translate("CashOrderDialog", u"&\u0414\u0430\u0442\u0430:", None))
        self.deskLabel.setText(QCoreApplication.translate("CashOrderDialog", u"&\u041a\u0430\u0441\u0441\u0430:", None))
        self.entityLabel.setText(QCoreApplication.translate("CashOrderDialog", u"&\u042e\u0440. \u043b\u0438\u0446\u043e:", None))
        self.clientLabel.setText(QCoreApplication.translate("CashOrderDialog", u"\u041a\u043e&\u043d\u0442\u0440\u0430\u0433\u0435\u043d\u0442:", None))
#if QT_CONFIG(tooltip)
        self.clientEdit.setToolTip(QCoreApplication.translate("CashOrderDialog", u"\u041a\u043e\u0434 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0438\u043b\u0438 \u0447\u0430\u0441\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f; \u043f\u0443\u0441\u0442\u043e \u2014 \u0431\u0435\u0437 \u043a\u043e\u043d\u0442\u0440\u0430\u0433\u0435\u043d\u0442\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("CashOrderDialog", u"\u0431\u0435\u0437 \u043a\u043e\u043d\u0442\u0440\u0430\u0433\u0435\u043d\u0442\u0430", None))
        self.personLabel.setText(QCoreApplication.translate("CashOrderDialog", u"&\u041f\u0440\u0438\u043d\u044f\u0442\u043e \u043e\u0442:", None))
        self.basisLabel.setText(QCoreApplication.translate("CashOrderDialog", u"&\u041e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("CashOrderDialog", u"\u043e\u043f\u043b\u0430\u0442\u0430 \u043f\u043e \u0441\u0447\u0451\u0442\u0443, \u0432\u043e\u0437\u0432\u0440\u0430\u0442 \u043f\u043e\u0434\u043e\u0442\u0447\u0451\u0442\u043d\u044b\u0445 \u0441\u0443\u043c\u043c \u2026", None))
        self.amountLabel.setText(QCoreApplication.translate("CashOrderDialog", u"&\u0421\u0443\u043c\u043c\u0430, \u0440\u0443\u0431.:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("CashOrderDialog", u"0,00", None))
        self.notesLabel.setText(QCoreApplication.translate("CashOrderDialog", u"\u041f\u0440&\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435:", None))
    # retranslateUi

