# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_dialog.ui'
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

class Ui_StartProcessDialog(object):
    def setupUi(self, StartProcessDialog):
        if not StartProcessDialog.objectName():
            StartProcessDialog.setObjectName(u"StartProcessDialog")
        StartProcessDialog.resize(520, 260)
        self.mainLayout = QVBoxLayout(StartProcessDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.processLabel = QLabel(StartProcessDialog)
        self.processLabel.setObjectName(u"processLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.processLabel)

        self.processCombo = QComboBox(StartProcessDialog)
        self.processCombo.setObjectName(u"processCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.processCombo)

        self.clientLabel = QLabel(StartProcessDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientEdit = QLineEdit(StartProcessDialog)
        self.clientEdit.setObjectName(u"clientEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.noteLabel = QLabel(StartProcessDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(StartProcessDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(StartProcessDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StartProcessDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.processLabel.setBuddy(self.processCombo)
        self.clientLabel.setBuddy(self.clientEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.processCombo, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.noteEdit)

        self.retranslateUi(StartProcessDialog)
    # setupUi

    def retranslateUi(self, StartProcessDialog):
        StartProcessDialog.setWindowTitle(QCoreApplication.translate("StartProcessDialog", u"\u0417\u0430\u043f\u0443\u0441\u0442\u0438\u0442\u044c \u043f\u0440\u043e\u0446\u0435\u0441\u0441", None))
        self.processLabel.setText(QCoreApplication.translate("StartProcessDialog", u"&\u041f\u0440\u043e\u0446\u0435\u0441\u0441", None))
        self.clientLabel.setText(QCoreApplication.translate("StartProcessDialog", u"&\u041a\u043e\u043d\u0442\u0440\u0430\u0433\u0435\u043d\u0442", None))
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("StartProcessDialog", u"\u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 \u0438\u043b\u0438 \u043a\u043e\u0434 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
        self.noteLabel.setText(QCoreApplication.translate("StartProcessDialog", u"&\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("StartProcessDialog", u"color: #b00020;", None))
    # retranslateUi

