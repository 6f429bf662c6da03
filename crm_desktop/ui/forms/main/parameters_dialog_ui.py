# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parameters_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_ParametersDialog(object):
    def setupUi(self, ParametersDialog):
        if not ParametersDialog.objectName():
            ParametersDialog.setObjectName(u"ParametersDialog")
        ParametersDialog.resize(640, 460)
        self.mainLayout = QVBoxLayout(ParametersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ParametersDialog)
        self.tabs.setObjectName(u"tabs")
        self.telephonyTab = QWidget()
        self.telephonyTab.setObjectName(u"telephonyTab")
        self.telephonyLayout = QVBoxLayout(self.telephonyTab)
        self.telephonyLayout.setObjectName(u"telephonyLayout")
        self.introLabel = QLabel(self.telephonyTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.telephonyLayout.addWidget(self.introLabel)

        self.telRadio = QRadioButton(self.telephonyTab)
        self.telRadio.setObjectName(u"telRadio")

        self.telephonyLayout.addWidget(self.telRadio)

        self.sipRadio = QRadioButton(self.telephonyTab)
        self.sipRadio.setObjectName(u"sipRadio")

        self.telephonyLayout.addWidget(self.sipRadio)

        self.sipRow = QHBoxLayout()
        self.sipRow.setObjectName(u"sipRow")
        self.sipRow.setContentsMargins(24, -1, -1, -1)
        self.sipDomainLabel = QLabel(self.telephonyTab)
        self.sipDomainLabel.setObjectName(u"sipDomainLabel")

        self.sipRow.addWidget(self.sipDomainLabel)

        self.sipDomainEdit = QLineEdit(self.telephonyTab)
        self.sipDomainEdit.setObjectName(u"sipDomainEdit")

        self.sipRow.addWidget(self.sipDomainEdit)


        self.telephonyLayout.addLayout(self.sipRow)

        self.calltoRadio = QRadioButton(self.telephonyTab)
        self.calltoRadio.setObjectName(u"calltoRadio")

        self.telephonyLayout.addWidget(self.calltoRadio)

        self.commandRadio = QRadioButton(self.telephonyTab)
        self.commandRadio.setObjectName(u"commandRadio")

        self.telephonyLayout.addWidget(self.commandRadio)

        self.commandBox = QVBoxLayout()
        self.commandBox.setObjectName(u"commandBox")
        self.commandBox.setContentsMargins(24, -1, -1, -1)
        self.commandEdit = QLineEdit(self.telephonyTab)
        self.commandEdit.setObjectName(u"commandEdit")

        self.commandBox.addWidget(self.commandEdit)

        self.commandHint = QLabel(self.telephonyTab)
        self.commandHint.setObjectName(u"commandHint")
        self.commandHint.setWordWrap(True)

        self.commandBox.addWidget(self.commandHint)


        self.telephonyLayout.addLayout(self.commandBox)

        self.errorLabel = QLabel(self.telephonyTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.telephonyLayout.addWidget(self.errorLabel)

        self.checkGroup = QGroupBox(self.telephonyTab)
        self.checkGroup.setObjectName(u"checkGroup")
        self.checkLayout = QVBoxLayout(self.checkGroup)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkRow = QHBoxLayout()
        self.checkRow.setObjectName(u"checkRow")
        self.testNumberLabel = QLabel(self.checkGroup)
        self.testNumberLabel.setObjectName(u"testNumberLabel")

        self.checkRow.addWidget(self.testNumberLabel)

        self.testNumberEdit = QLineEdit(self.checkGroup)
        self.testNumberEdit.setObjectName(u"testNumberEdit")

        self.checkRow.addWidget(self.testNumberEdit)

        self.checkButton = QPushButton(self.checkGroup)
        self.checkButton.setObjectName(u"checkButton")

        self.checkRow.addWidget(self.checkButton)


        self.checkLayout.addLayout(self.checkRow)

        self.checkResultLabel = QLabel(self.checkGroup)
        self.checkResultLabel.setObjectName(u"checkResultLabel")
        self.checkResultLabel.setWordWrap(True)
        self.checkResultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.checkLayout.addWidget(self.checkResultLabel)


        self.telephonyLayout.addWidget(self.checkGroup)

        self.telephonySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.telephonyLayout.addItem(self.telephonySpacer)

        self.tabs.addTab(self.telephonyTab, "")
        self.functionsTab = QWidget()
        self.functionsTab.setObjectName(u"functionsTab")
        self.functionsLayout = QVBoxLayout(self.functionsTab)
        self.functionsLayout.setObjectName(u"functionsLayout")
        self.balanceControlCheck = QCheckBox(self.functionsTab)
        self.balanceControlCheck.setObjectName(u"balanceControlCheck")

        self.functionsLayout.addWidget(self.balanceControlCheck)

        self.balanceControlHint = QLabel(self.functionsTab)
        self.balanceControlHint.setObjectName(u"balanceControlHint")
        self.balanceControlHint.setWordWrap(True)

        self.functionsLayout.addWidget(self.balanceControlHint)

        self.warehouseCheck = QCheckBox(self.functionsTab)
        self.warehouseCheck.setObjectName(u"warehouseCheck")

        self.functionsLayout.addWidget(self.warehouseCheck)

        self.cashCheck = QCheckBox(self.functionsTab)
        self.cashCheck.setObjectName(u"cashCheck")

        self.functionsLayout.addWidget(self.cashCheck)

        self.modulesHint = QLabel(self.functionsTab)
        self.modulesHint.setObjectName(u"modulesHint")
        self.modulesHint.setWordWrap(True)

        self.functionsLayout.addWidget(self.modulesHint)

        self.functionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.functionsLayout.addItem(self.functionsSpacer)

        self.tabs.addTab(self.functionsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(ParametersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sipDomainLabel.setBuddy(self.sipDomainEdit)
        self.testNumberLabel.setBuddy(self.testNumberEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.telRadio, self.sipRadio)
        QWidget.setTabOrder(self.sipRadio, self.sipDomainEdit)
        QWidget.setTabOrder(self.sipDomainEdit, self.calltoRadio)
        QWidget.setTabOrder(self.calltoRadio, self.commandRadio)
        QWidget.setTabOrder(self.commandRadio, self.commandEdit)
        QWidget.setTabOrder(self.commandEdit, self.testNumberEdit)
        QWidget.setTabOrder(self.testNumberEdit, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.balanceControlCheck)
        QWidget.setTabOrder(self.balanceControlCheck, self.warehouseCheck)
        QWidget.setTabOrder(self.warehouseCheck, self.cashCheck)

        self.retranslateUi(ParametersDialog)
    # setupUi

    def retranslateUi(self, ParametersDialog):
        ParametersDialog.setWindowTitle(QCoreApplication.translate("ParametersDialog", u"\u041f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u044b \u0441\u0438\u0441\u0442\u0435\u043c\u044b", None))
        self.introLabel.setText(QCoreApplication.translate("ParametersDialog", u"\u0427\u0442\u043e \u0434\u0435\u043b\u0430\u0442\u044c \u043f\u043e \u043a\u043d\u043e\u043f\u043a\u0435 \u260e \u0443 \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430 \u0432 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0438 \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u043e\u0433\u043e \u043b\u0438\u0446\u0430:", None))
        self.telRadio.setText(QCoreApplication.translate("ParametersDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0441\u0441\u044b\u043b\u043a\u0443 &tel: \u2014 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u043e\u0439, \u043d\u0430\u0437\u043d\u0430\u0447\u0435\u043d\u043d\u043e\u0439 \u0432 \u0441\u0438\u0441\u0442\u0435\u043c\u0435 \u0434\u043b\u044f \u0437\u0432\u043e\u043d\u043a\u043e\u0432", None))
        self.sipRadio.setText(QCoreApplication.translate("ParametersDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0441\u0441\u044b\u043b\u043a\u0443 &sip: \u2014 SIP-\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u043e\u043c (MicroSIP, Zoiper, Linphone \u2026)", None))
        self.sipDomainLabel.setText(QCoreApplication.translate("ParametersDialog", u"SIP-&\u0434\u043e\u043c\u0435\u043d \u0410\u0422\u0421:", None))
        self.sipDomainEdit.setPlaceholderText(QCoreApplication.translate("ParametersDialog", u"\u043d\u0435\u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\u044c\u043d\u043e, \u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440 pbx.office.local", None))
        self.calltoRadio.setText(QCoreApplication.translate("ParametersDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0441\u0441\u044b\u043b\u043a\u0443 &callto: \u2014 Skype \u0438\u043b\u0438 \u0434\u0440\u0443\u0433\u043e\u0439 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u043e\u0439 \u0434\u043b\u044f callto:", None))
        self.commandRadio.setText(QCoreApplication.translate("ParametersDialog", u"\u0417\u0430\u043f\u0443\u0441\u0442\u0438\u0442\u044c &\u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0443 (\u043a\u043e\u043c\u0430\u043d\u0434\u043d\u0430\u044f \u0441\u0442\u0440\u043e\u043a\u0430):", None))
        self.commandEdit.setPlaceholderText(QCoreApplication.translate("ParametersDialog", u"\"C:\\Program Files\\MicroSIP\\microsip.exe\" {\u043d\u043e\u043c\u0435\u0440}", None))
        self.commandHint.setText(QCoreApplication.translate("ParametersDialog", u"\u0412\u043c\u0435\u0441\u0442\u043e {\u043d\u043e\u043c\u0435\u0440} \u043f\u043e\u0434\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u0442\u0441\u044f \u043d\u043e\u043c\u0435\u0440 \u0432 \u0432\u0438\u0434\u0435 +78312331303. \u041f\u0443\u0442\u044c \u0441 \u043f\u0440\u043e\u0431\u0435\u043b\u0430\u043c\u0438 \u0437\u0430\u043a\u043b\u044e\u0447\u0438\u0442\u0435 \u0432 \u043a\u0430\u0432\u044b\u0447\u043a\u0438. \u041f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u0437\u0430\u043f\u0443\u0441\u043a\u0430\u0435\u0442\u0441\u044f \u043d\u0430\u043f\u0440\u044f\u043c\u0443\u044e, \u0431\u0435\u0437 \u043a\u043e\u043c\u0430\u043d\u0434\u043d\u043e\u0439 \u043e\u0431\u043e\u043b\u043e\u0447\u043a\u0438 (cmd, sh).", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ParametersDialog", u"color: #c62828;", None))
        self.checkGroup.setTitle(QCoreApplication.translate("ParametersDialog", u"\u041f\u0440\u043e\u0432\u0435\u0440\u043a\u0430", None))
        self.testNumberLabel.setText(QCoreApplication.translate("ParametersDialog", u"&\u041d\u043e\u043c\u0435\u0440:", None))
        self.testNumberEdit.setPlaceholderText(QCoreApplication.translate("ParametersDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, \u0441\u0432\u043e\u0439 \u043c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0439: 8 (912) 345-67-89", None))
        self.checkButton.setText(QCoreApplication.translate("ParametersDialog", u"\u041f\u0440\u043e&\u0432\u0435\u0440\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("ParametersDialog", u"\u041f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u044c \u043d\u0430 \u044d\u0442\u043e\u0442 \u043d\u043e\u043c\u0435\u0440 \u0442\u0430\u043a, \u043a\u0430\u043a \u0432\u044b\u0431\u0440\u0430\u043d\u043e \u0432\u044b\u0448\u0435 (\u0435\u0449\u0451 \u043d\u0435 \u0441\u043e\u0445\u0440\u0430\u043d\u0438\u0432)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.telephonyTab), QCoreApplication.translate("ParametersDialog", u"\u0422\u0435\u043b\u0435\u0444\u043e\u043d\u0438\u044f", None))
        self.balanceControlCheck.setText(QCoreApplication.translate("ParametersDialog", u"\u041a\u043e\u043d\u0442\u0440\u043e\u043b\u044c &\u0431\u0430\u043b\u0430\u043d\u0441\u043e\u0432", None))
        self.balanceControlHint.setText(QCoreApplication.translate("ParametersDialog", u"\u0410\u043a\u0442 \u043d\u0435 \u0441\u043e\u0445\u0440\u0430\u043d\u044f\u0435\u0442\u0441\u044f, \u0435\u0441\u043b\u0438 \u0434\u043e\u043b\u0433 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0441 \u044d\u0442\u043e\u0439 \u043e\u0442\u0433\u0440\u0443\u0437\u043a\u043e\u0439 \u043f\u0440\u0435\u0432\u044b\u0441\u0438\u0442 \u0435\u0433\u043e \u043a\u0440\u0435\u0434\u0438\u0442\u043d\u044b\u0439 \u043b\u0438\u043c\u0438\u0442 (\u043f\u043e\u043b\u0435 \u00ab\u041a\u0440\u0435\u0434\u0438\u0442\u043d\u044b\u0439 \u043b\u0438\u043c\u0438\u0442\u00bb \u0432 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u0430). \u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0430 \u043e\u0431\u0449\u0430\u044f \u0434\u043b\u044f \u0432\u0441\u0435\u0445 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0435\u0439; \u0432\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u0438 \u043e\u0442\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u0435\u0451 \u0430\u0434\u043c\u0438\u043d\u0438"
                        "\u0441\u0442\u0440\u0430\u0442\u043e\u0440.", None))
        self.warehouseCheck.setText(QCoreApplication.translate("ParametersDialog", u"&\u0421\u043a\u043b\u0430\u0434\u0441\u043a\u043e\u0439 \u0443\u0447\u0451\u0442", None))
        self.cashCheck.setText(QCoreApplication.translate("ParametersDialog", u"&\u041a\u0430\u0441\u0441\u0430", None))
        self.modulesHint.setText(QCoreApplication.translate("ParametersDialog", u"\u0421\u043d\u044f\u0442\u044b\u0439 \u0444\u043b\u0430\u0436\u043e\u043a \u0443\u0431\u0438\u0440\u0430\u0435\u0442 \u0438\u0437 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b \u043c\u0435\u043d\u044e \u00ab\u0421\u043a\u043b\u0430\u0434\u0441\u043a\u043e\u0439 \u0443\u0447\u0451\u0442\u00bb \u0438\u043b\u0438 \u00ab\u041a\u0430\u0441\u0441\u0430\u00bb, \u043a\u043d\u043e\u043f\u043a\u0438 \u00ab\u0421\u043a\u043b\u0430\u0434\u00bb \u0438 \u00ab\u041a\u0430\u0441\u0441\u0430\u00bb \u043f\u0430\u043d\u0435\u043b\u0438 \u0438\u043d\u0441\u0442\u0440\u0443\u043c\u0435\u043d\u0442\u043e\u0432 \u0438 \u0441\u043a\u043b\u0430\u0434\u0441\u043a\u0438\u0435 \u043a\u043e\u043c\u0430\u043d\u0434\u044b \u0437\u0430\u043a\u0430\u0437\u043e\u0432. \u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0438 \u043e\u0431\u0449\u0438\u0435 \u0434\u043b\u044f \u0432\u0441\u0435\u0445 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0435\u0439; \u0432\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u0438 \u043e"
                        "\u0442\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u0438\u0445 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.functionsTab), QCoreApplication.translate("ParametersDialog", u"\u0424\u0443\u043d\u043a\u0446\u0438\u043e\u043d\u0430\u043b", None))
    # retranslateUi

