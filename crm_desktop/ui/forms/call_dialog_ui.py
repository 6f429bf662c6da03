# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CallDialog(object):
    def setupUi(self, CallDialog):
        if not CallDialog.objectName():
            CallDialog.setObjectName(u"CallDialog")
        CallDialog.resize(420, 190)
        self.mainLayout = QVBoxLayout(CallDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.questionLabel = QLabel(CallDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.questionLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.startTitle = QLabel(CallDialog)
        self.startTitle.setObjectName(u"startTitle")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startTitle)

        self.startLabel = QLabel(CallDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startLabel)

        self.durationTitle = QLabel(CallDialog)
        self.durationTitle.setObjectName(u"durationTitle")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.durationTitle)

        self.durationRow = QHBoxLayout()
        self.durationRow.setObjectName(u"durationRow")
        self.durationEdit = QLineEdit(CallDialog)
        self.durationEdit.setObjectName(u"durationEdit")
        self.durationEdit.setMaximumWidth(90)

        self.durationRow.addWidget(self.durationEdit)

        self.stopButton = QPushButton(CallDialog)
        self.stopButton.setObjectName(u"stopButton")

        self.durationRow.addWidget(self.stopButton)

        self.durationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.durationRow.addItem(self.durationSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.durationRow)


        self.mainLayout.addLayout(self.form)

        self.noteLabel = QLabel(CallDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(CallDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CallDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.durationTitle.setBuddy(self.durationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.durationEdit, self.stopButton)

        self.retranslateUi(CallDialog)
    # setupUi

    def retranslateUi(self, CallDialog):
        CallDialog.setWindowTitle(QCoreApplication.translate("CallDialog", u"\u0417\u0432\u043e\u043d\u043e\u043a", None))
        self.questionLabel.setStyleSheet(QCoreApplication.translate("CallDialog", u"font-weight: bold;", None))
        self.startTitle.setText(QCoreApplication.translate("CallDialog", u"\u041d\u0430\u0447\u0430\u043b\u043e:", None))
        self.durationTitle.setText(QCoreApplication.translate("CallDialog", u"&\u0414\u043b\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c (\u043c\u0438\u043d:\u0441\u0435\u043a):", None))
#if QT_CONFIG(tooltip)
        self.durationEdit.setToolTip(QCoreApplication.translate("CallDialog", u"\u0418\u0434\u0451\u0442 \u043e\u0442 \u043d\u0430\u0447\u0430\u043b\u0430 \u0437\u0432\u043e\u043d\u043a\u0430; \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u0442\u0435 \u043a\u043d\u043e\u043f\u043a\u043e\u0439 \u00ab\u0421\u0442\u043e\u043f\u00bb \u0438\u043b\u0438 \u0438\u0441\u043f\u0440\u0430\u0432\u044c\u0442\u0435, \u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440 2:35", None))
#endif // QT_CONFIG(tooltip)
        self.stopButton.setText(QCoreApplication.translate("CallDialog", u"&\u0421\u0442\u043e\u043f", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("CallDialog", u"\u0420\u0430\u0437\u0433\u043e\u0432\u043e\u0440 \u043e\u043a\u043e\u043d\u0447\u0435\u043d: \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u0442\u044c \u043e\u0442\u0441\u0447\u0451\u0442", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("CallDialog", u"color: #c62828;", None))
    # retranslateUi

