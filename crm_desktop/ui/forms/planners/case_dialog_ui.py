# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.placeLabel = QLabel(CaseDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.mainLayout.addWidget(self.placeLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(CaseDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CaseDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(250)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.responsibleLabel = QLabel(CaseDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleCombo = QComboBox(CaseDialog)
        self.responsibleCombo.setObjectName(u"responsibleCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responsibleCombo)

        self.startLabel = QLabel(CaseDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = DateEdit(CaseDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.dueLabel = QLabel(CaseDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = DateEdit(CaseDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.percentLabel = QLabel(CaseDialog)
        self.percentLabel.setObjectName(u"percentLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.percentLabel)

        self.percentSpin = QSpinBox(CaseDialog)
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setMaximum(100)
        self.percentSpin.setSingleStep(5)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.percentSpin)

        self.reportLabel = QLabel(CaseDialog)
        self.reportLabel.setObjectName(u"reportLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reportLabel)

        self.reportEdit = QPlainTextEdit(CaseDialog)
        self.reportEdit.setObjectName(u"reportEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reportEdit)

        self.delegationCheck = QCheckBox(CaseDialog)
        self.delegationCheck.setObjectName(u"delegationCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.delegationCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.responsibleLabel.setBuddy(self.responsibleCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.percentLabel.setBuddy(self.percentSpin)
        self.reportLabel.setBuddy(self.reportEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"\u0414\u0435\u043b\u043e", None))
        self.placeLabel.setStyleSheet(QCoreApplication.translate("CaseDialog", u"color: #606060;", None))
        self.nameLabel.setText(QCoreApplication.translate("CaseDialog", u"\u041d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.responsibleLabel.setText(QCoreApplication.translate("CaseDialog", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439:", None))
        self.startLabel.setText(QCoreApplication.translate("CaseDialog", u"\u041d\u0430\u0447\u0430\u043b\u043e:", None))
        self.dueLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0421\u0440\u043e\u043a \u0438\u0441\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044f:", None))
        self.percentLabel.setText(QCoreApplication.translate("CaseDialog", u"\u0412\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u043e, %:", None))
        self.percentSpin.setSuffix(QCoreApplication.translate("CaseDialog", u" %", None))
        self.reportLabel.setText(QCoreApplication.translate("CaseDialog", u"\u041e\u0442\u0447\u0451\u0442 \u043e \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0438:", None))
        self.delegationCheck.setText(QCoreApplication.translate("CaseDialog", u"\u0414\u0435\u043b\u0435\u0433\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435 \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043d\u043e", None))
    # retranslateUi

