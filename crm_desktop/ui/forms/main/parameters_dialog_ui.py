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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_ParametersDialog(object):
    def setupUi(self, ParametersDialog):
        if not ParametersDialog.objectName():
            ParametersDialog.setObjectName(u"ParametersDialog")
        ParametersDialog.resize(660, 580)
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

        self.historyGroup = QGroupBox(self.telephonyTab)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QFormLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.recordCallsCheck = QCheckBox(self.historyGroup)
        self.recordCallsCheck.setObjectName(u"recordCallsCheck")

        self.historyLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.recordCallsCheck)

        self.eventTypeLabel = QLabel(self.historyGroup)
        self.eventTypeLabel.setObjectName(u"eventTypeLabel")

        self.historyLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.eventTypeLabel)

        self.eventTypeCombo = QComboBox(self.historyGroup)
        self.eventTypeCombo.setObjectName(u"eventTypeCombo")

        self.historyLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.eventTypeCombo)

        self.minDurationLabel = QLabel(self.historyGroup)
        self.minDurationLabel.setObjectName(u"minDurationLabel")

        self.historyLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minDurationLabel)

        self.minDurationSpin = QSpinBox(self.historyGroup)
        self.minDurationSpin.setObjectName(u"minDurationSpin")
        self.minDurationSpin.setMaximum(3600)

        self.historyLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minDurationSpin)


        self.telephonyLayout.addWidget(self.historyGroup)

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

        self.modulesGroup = QGroupBox(self.functionsTab)
        self.modulesGroup.setObjectName(u"modulesGroup")
        self.modulesLayout = QVBoxLayout(self.modulesGroup)
        self.modulesLayout.setObjectName(u"modulesLayout")
        self.salesCheck = QCheckBox(self.modulesGroup)
        self.salesCheck.setObjectName(u"salesCheck")

        self.modulesLayout.addWidget(self.salesCheck)

        self.worksCheck = QCheckBox(self.modulesGroup)
        self.worksCheck.setObjectName(u"worksCheck")

        self.modulesLayout.addWidget(self.worksCheck)

        self.warehouseCheck = QCheckBox(self.modulesGroup)
        self.warehouseCheck.setObjectName(u"warehouseCheck")

        self.modulesLayout.addWidget(self.warehouseCheck)

        self.cashCheck = QCheckBox(self.modulesGroup)
        self.cashCheck.setObjectName(u"cashCheck")

        self.modulesLayout.addWidget(self.cashCheck)

        self.securityTabCheck = QCheckBox(self.modulesGroup)
        self.securityTabCheck.setObjectName(u"securityTabCheck")

        self.modulesLayout.addWidget(self.securityTabCheck)

        self.shippingTabCheck = QCheckBox(self.modulesGroup)
        self.shippingTabCheck.setObjectName(u"shippingTabCheck")

        self.modulesLayout.addWidget(self.shippingTabCheck)


        self.functionsLayout.addWidget(self.modulesGroup)

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
        self.eventTypeLabel.setBuddy(self.eventTypeCombo)
        self.minDurationLabel.setBuddy(self.minDurationSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.telRadio, self.sipRadio)
        QWidget.setTabOrder(self.sipRadio, self.sipDomainEdit)
        QWidget.setTabOrder(self.sipDomainEdit, self.calltoRadio)
        QWidget.setTabOrder(self.calltoRadio, self.commandRadio)
        QWidget.setTabOrder(self.commandRadio, self.commandEdit)
        QWidget.setTabOrder(self.commandEdit, self.testNumberEdit)
        QWidget.setTabOrder(self.testNumberEdit, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.recordCallsCheck)
        QWidget.setTabOrder(self.recordCallsCheck, self.eventTypeCombo)
        QWidget.setTabOrder(self.eventTypeCombo, self.minDurationSpin)
        QWidget.setTabOrder(self.minDurationSpin, self.balanceControlCheck)
        QWidget.setTabOrder(self.balanceControlCheck, self.salesCheck)
        QWidget.setTabOrder(self.salesCheck, self.worksCheck)
        QWidget.setTabOrder(self.worksCheck, self.warehouseCheck)
        QWidget.setTabOrder(self.warehouseCheck, self.cashCheck)
        QWidget.setTabOrder(self.cashCheck, self.securityTabCheck)
        QWidget.setTabOrder(self.securityTabCheck, self.shippingTabCheck)

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
        self.historyGroup.setTitle(QCoreApplication.translate("ParametersDialog", u"\u041f\u043e\u0441\u043b\u0435 \u0437\u0432\u043e\u043d\u043a\u0430 \u0438\u0437 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438", None))
        self.recordCallsCheck.setText(QCoreApplication.translate("ParametersDialog", u"&\u0417\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0442\u044c \u0437\u0432\u043e\u043d\u043e\u043a \u0432 \u0438\u0441\u0442\u043e\u0440\u0438\u044e", None))
#if QT_CONFIG(tooltip)
        self.recordCallsCheck.setToolTip(QCoreApplication.translate("ParametersDialog", u"\u041f\u043e\u0441\u043b\u0435 \u0437\u0432\u043e\u043d\u043a\u0430 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u0441\u043f\u0440\u043e\u0441\u0438\u0442, \u0441\u043e\u0441\u0442\u043e\u044f\u043b\u0441\u044f \u043b\u0438 \u043e\u043d, \u0438 \u0437\u0430\u043f\u0438\u0448\u0435\u0442 \u0441\u043e\u0431\u044b\u0442\u0438\u0435 \u0441 \u043d\u043e\u043c\u0435\u0440\u043e\u043c \u0438 \u0434\u043b\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c\u044e \u0432 \u0438\u0441\u0442\u043e\u0440\u0438\u044e \u0432\u0437\u0430\u0438\u043c\u043e\u043e\u0442\u043d\u043e\u0448\u0435\u043d\u0438\u0439 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.eventTypeLabel.setText(QCoreApplication.translate("ParametersDialog", u"&\u0422\u0438\u043f \u0441\u043e\u0431\u044b\u0442\u0438\u044f:", None))
#if QT_CONFIG(tooltip)
        self.eventTypeCombo.setToolTip(QCoreApplication.translate("ParametersDialog", u"\u0422\u0438\u043f \u0441\u043e\u0431\u044b\u0442\u0438\u044f, \u043a\u043e\u0442\u043e\u0440\u044b\u043c \u0437\u0432\u043e\u043d\u043e\u043a \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u0432 \u0438\u0441\u0442\u043e\u0440\u0438\u044e (\u0441\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a \u00ab\u0422\u0438\u043f\u044b \u0441\u043e\u0431\u044b\u0442\u0438\u0439\u00bb)", None))
#endif // QT_CONFIG(tooltip)
        self.minDurationLabel.setText(QCoreApplication.translate("ParametersDialog", u"&\u041c\u0438\u043d\u0438\u043c\u0430\u043b\u044c\u043d\u0430\u044f \u0434\u043b\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c:", None))
        self.minDurationSpin.setSuffix(QCoreApplication.translate("ParametersDialog", u" \u0441", None))
#if QT_CONFIG(tooltip)
        self.minDurationSpin.setToolTip(QCoreApplication.translate("ParametersDialog", u"\u0411\u043e\u043b\u0435\u0435 \u043a\u043e\u0440\u043e\u0442\u043a\u0438\u0439 \u0437\u0432\u043e\u043d\u043e\u043a (\u0430\u0431\u043e\u043d\u0435\u043d\u0442 \u043d\u0435 \u043e\u0442\u0432\u0435\u0442\u0438\u043b) \u0432 \u0438\u0441\u0442\u043e\u0440\u0438\u044e \u043d\u0435 \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.telephonyTab), QCoreApplication.translate("ParametersDialog", u"\u0422\u0435\u043b\u0435\u0444\u043e\u043d\u0438\u044f", None))
        self.balanceControlCheck.setText(QCoreApplication.translate("ParametersDialog", u"\u041a\u043e\u043d\u0442\u0440\u043e\u043b\u044c &\u0431\u0430\u043b\u0430\u043d\u0441\u043e\u0432", None))
        self.balanceControlHint.setText(QCoreApplication.translate("ParametersDialog", u"\u0410\u043a\u0442 \u043d\u0435 \u0441\u043e\u0445\u0440\u0430\u043d\u044f\u0435\u0442\u0441\u044f, \u0435\u0441\u043b\u0438 \u0434\u043e\u043b\u0433 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0441 \u044d\u0442\u043e\u0439 \u043e\u0442\u0433\u0440\u0443\u0437\u043a\u043e\u0439 \u043f\u0440\u0435\u0432\u044b\u0441\u0438\u0442 \u0435\u0433\u043e \u043a\u0440\u0435\u0434\u0438\u0442\u043d\u044b\u0439 \u043b\u0438\u043c\u0438\u0442 (\u043f\u043e\u043b\u0435 \u00ab\u041a\u0440\u0435\u0434\u0438\u0442\u043d\u044b\u0439 \u043b\u0438\u043c\u0438\u0442\u00bb \u0432 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u0430). \u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0430 \u043e\u0431\u0449\u0430\u044f \u0434\u043b\u044f \u0432\u0441\u0435\u0445 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0435\u0439; \u0432\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u0438 \u043e\u0442\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u0435\u0451 \u0430\u0434\u043c\u0438\u043d\u0438"
                        "\u0441\u0442\u0440\u0430\u0442\u043e\u0440.", None))
        self.modulesGroup.setTitle(QCoreApplication.translate("ParametersDialog", u"\u0418\u0441\u043f\u043e\u043b\u044c\u0437\u0443\u0435\u043c\u044b\u0439 \u0444\u0443\u043d\u043a\u0446\u0438\u043e\u043d\u0430\u043b", None))
        self.salesCheck.setText(QCoreApplication.translate("ParametersDialog", u"\u0423\u0447\u0451\u0442 &\u043f\u0440\u043e\u0434\u0430\u0436", None))
#if QT_CONFIG(tooltip)
        self.salesCheck.setToolTip(QCoreApplication.translate("ParametersDialog", u"\u0421\u0447\u0435\u0442\u0430, \u0430\u043a\u0442\u044b, \u0441\u0447\u0435\u0442\u0430-\u0444\u0430\u043a\u0442\u0443\u0440\u044b, \u043f\u043b\u0430\u0442\u0435\u0436\u0438, \u043f\u0440\u043e\u0434\u0430\u0436\u0438, \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u044b, \u0437\u0430\u043a\u0430\u0437\u044b, \u043f\u0440\u0430\u0439\u0441-\u043b\u0438\u0441\u0442, \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u0430, \u0441\u043a\u0438\u0434\u043a\u0438, \u043e\u0442\u0447\u0451\u0442\u044b \u043f\u043e \u043f\u0440\u043e\u0434\u0430\u0436\u0430\u043c", None))
#endif // QT_CONFIG(tooltip)
        self.worksCheck.setText(QCoreApplication.translate("ParametersDialog", u"\u0423\u0447\u0451\u0442 &\u0440\u0430\u0431\u043e\u0442/\u0443\u0441\u043b\u0443\u0433", None))
#if QT_CONFIG(tooltip)
        self.worksCheck.setToolTip(QCoreApplication.translate("ParametersDialog", u"\u0420\u0430\u0431\u043e\u0442\u044b \u0432 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u0430, \u00ab\u0416\u0443\u0440\u043d\u0430\u043b \u0440\u0430\u0431\u043e\u0442\u00bb, \u043e\u0442\u0447\u0451\u0442 \u00ab\u0420\u0435\u0430\u043b\u0438\u0437\u0430\u0446\u0438\u044f \u0443\u0441\u043b\u0443\u0433\u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.warehouseCheck.setText(QCoreApplication.translate("ParametersDialog", u"&\u0421\u043a\u043b\u0430\u0434\u0441\u043a\u043e\u0439 \u0443\u0447\u0451\u0442", None))
        self.cashCheck.setText(QCoreApplication.translate("ParametersDialog", u"&\u041a\u0430\u0441\u0441\u0430", None))
        self.securityTabCheck.setText(QCoreApplication.translate("ParametersDialog", u"\u0412\u043a\u043b\u0430\u0434\u043a\u0430 \u00ab&\u0411\u0435\u0437\u043e\u043f\u0430\u0441\u043d\u043e\u0441\u0442\u044c\u00bb \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
        self.shippingTabCheck.setText(QCoreApplication.translate("ParametersDialog", u"\u0412\u043a\u043b\u0430\u0434\u043a\u0430 \u00ab&\u041e\u0442\u0433\u0440\u0443\u0437\u043e\u0447\u043d\u044b\u0435 \u0440\u0435\u043a\u0432\u0438\u0437\u0438\u0442\u044b\u00bb \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
        self.modulesHint.setText(QCoreApplication.translate("ParametersDialog", u"\u0421\u043d\u044f\u0442\u044b\u0439 \u0444\u043b\u0430\u0436\u043e\u043a \u0443\u0431\u0438\u0440\u0430\u0435\u0442 \u044d\u0442\u0443 \u0447\u0430\u0441\u0442\u044c \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b \u0438\u0437 \u043c\u0435\u043d\u044e, \u043f\u0430\u043d\u0435\u043b\u0438 \u0438\u043d\u0441\u0442\u0440\u0443\u043c\u0435\u043d\u0442\u043e\u0432 \u0438 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0443 \u0432\u0441\u0435\u0445 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0435\u0439; \u0434\u0430\u043d\u043d\u044b\u0435 \u043f\u0440\u0438 \u044d\u0442\u043e\u043c \u0441\u043e\u0445\u0440\u0430\u043d\u044f\u044e\u0442\u0441\u044f. \u041d\u0430 \u0434\u0440\u0443\u0433\u0438\u0445 \u0440\u0430\u0431\u043e\u0447\u0438\u0445 \u043c\u0435\u0441\u0442\u0430\u0445 \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f \u0432\u0438\u0434\u043d\u044b \u043f\u043e\u0441\u043b\u0435 \u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d"
                        "\u0438\u044f \u0441\u043f\u0438\u0441\u043a\u0430 (F5) \u0438\u043b\u0438 \u043f\u0440\u0438 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u043c \u0437\u0430\u043f\u0443\u0441\u043a\u0435 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b, \u0432\u043a\u043b\u0430\u0434\u043a\u0438 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438 \u2014 \u043f\u0440\u0438 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u043c \u043e\u0442\u043a\u0440\u044b\u0442\u0438\u0438 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438. \u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0438 \u043e\u0431\u0449\u0438\u0435 \u0434\u043b\u044f \u0432\u0441\u0435\u0445 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0435\u0439; \u0432\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u0438 \u043e\u0442\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u0438\u0445 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.functionsTab), QCoreApplication.translate("ParametersDialog", u"\u0424\u0443\u043d\u043a\u0446\u0438\u043e\u043d\u0430\u043b", None))
    # retranslateUi

