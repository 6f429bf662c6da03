# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_WorkDialog(object):
    def setupUi(self, WorkDialog):
        if not WorkDialog.objectName():
            WorkDialog.setObjectName(u"WorkDialog")
        WorkDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(WorkDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.clientLabel = QLabel(WorkDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.mainLayout.addWidget(self.clientLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateEditLabel = QLabel(WorkDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = DateEdit(WorkDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.descriptionEditLabel = QLabel(WorkDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(WorkDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.hoursEditLabel = QLabel(WorkDialog)
        self.hoursEditLabel.setObjectName(u"hoursEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hoursEditLabel)

        self.hoursEdit = QLineEdit(WorkDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hoursEdit)

        self.amountEditLabel = QLabel(WorkDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(WorkDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.paidEditLabel = QLabel(WorkDialog)
        self.paidEditLabel.setObjectName(u"paidEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paidEditLabel)

        self.paidEdit = QLineEdit(WorkDialog)
        self.paidEdit.setObjectName(u"paidEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paidEdit)

        self.payDateEditLabel = QLabel(WorkDialog)
        self.payDateEditLabel.setObjectName(u"payDateEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.payDateEditLabel)

        self.payDateEdit = DateEdit(WorkDialog)
        self.payDateEdit.setObjectName(u"payDateEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.payDateEdit)

        self.entityComboLabel = QLabel(WorkDialog)
        self.entityComboLabel.setObjectName(u"entityComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.entityComboLabel)

        self.entityCombo = QComboBox(WorkDialog)
        self.entityCombo.setObjectName(u"entityCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.entityCombo)

        self.managerEditLabel = QLabel(WorkDialog)
        self.managerEditLabel.setObjectName(u"managerEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.managerEditLabel)

        self.managerEdit = QLineEdit(WorkDialog)
        self.managerEdit.setObjectName(u"managerEdit")
        self.managerEdit.setReadOnly(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.managerEdit)

        self.notesEditLabel = QLabel(WorkDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(WorkDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(WorkDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomLayout.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(WorkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.hoursEditLabel.setBuddy(self.hoursEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.paidEditLabel.setBuddy(self.paidEdit)
        self.payDateEditLabel.setBuddy(self.payDateEdit)
        self.entityComboLabel.setBuddy(self.entityCombo)
        self.managerEditLabel.setBuddy(self.managerEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkDialog)
    # setupUi

    def retranslateUi(self, WorkDialog):
        WorkDialog.setWindowTitle(QCoreApplication.translate("WorkDialog", u"\u0420\u0430\u0431\u043e\u0442\u0430", None))
        self.clientLabel.setStyleSheet(QCoreApplication.translate("WorkDialog", u"font-weight: bold;", None))
        self.dateEditLabel.setText(QCoreApplication.translate("WorkDialog", u"\u0414\u0430\u0442\u0430:", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("WorkDialog", u"\u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435 \u0440\u0430\u0431\u043e\u0442:", None))
        self.hoursEditLabel.setText(QCoreApplication.translate("WorkDialog", u"\u041d\u043e\u0440\u043c\u043e-\u0447\u0430\u0441\u044b:", None))
        self.hoursEdit.setPlaceholderText(QCoreApplication.translate("WorkDialog", u"0", None))
        self.amountEditLabel.setText(QCoreApplication.translate("WorkDialog", u"\u0421\u0443\u043c\u043c\u0430:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("WorkDialog", u"0,00", None))
        self.paidEditLabel.setText(QCoreApplication.translate("WorkDialog", u"\u041e\u043f\u043b\u0430\u0447\u0435\u043d\u043e:", None))
        self.paidEdit.setPlaceholderText(QCoreApplication.translate("WorkDialog", u"0,00", None))
        self.payDateEditLabel.setText(QCoreApplication.translate("WorkDialog", u"\u0414\u0430\u0442\u0430 \u043e\u043f\u043b\u0430\u0442\u044b:", None))
        self.entityComboLabel.setText(QCoreApplication.translate("WorkDialog", u"\u041f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044c \u043f\u043b\u0430\u0442\u0435\u0436\u0430:", None))
        self.managerEditLabel.setText(QCoreApplication.translate("WorkDialog", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("WorkDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u044f:", None))
        self.saveButton.setText(QCoreApplication.translate("WorkDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("WorkDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c, \u043d\u0435 \u0437\u0430\u043a\u0440\u044b\u0432\u0430\u044f (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

