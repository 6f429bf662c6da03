# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_error_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ConnectionErrorDialog(object):
    def setupUi(self, ConnectionErrorDialog):
        if not ConnectionErrorDialog.objectName():
            ConnectionErrorDialog.setObjectName(u"ConnectionErrorDialog")
        ConnectionErrorDialog.resize(600, 380)
        ConnectionErrorDialog.setMinimumSize(QSize(580, 0))
        self.mainLayout = QVBoxLayout(ConnectionErrorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(ConnectionErrorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"font-weight: bold")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.commandBox = QGroupBox(ConnectionErrorDialog)
        self.commandBox.setObjectName(u"commandBox")
        self.commandLayout = QHBoxLayout(self.commandBox)
        self.commandLayout.setObjectName(u"commandLayout")
        self.commandEdit = QLineEdit(self.commandBox)
        self.commandEdit.setObjectName(u"commandEdit")
        self.commandEdit.setReadOnly(True)

        self.commandLayout.addWidget(self.commandEdit)

        self.copyButton = QPushButton(self.commandBox)
        self.copyButton.setObjectName(u"copyButton")

        self.commandLayout.addWidget(self.copyButton)


        self.mainLayout.addWidget(self.commandBox)

        self.credentialsBox = QGroupBox(ConnectionErrorDialog)
        self.credentialsBox.setObjectName(u"credentialsBox")
        self.credentialsForm = QFormLayout(self.credentialsBox)
        self.credentialsForm.setObjectName(u"credentialsForm")
        self.userLabel = QLabel(self.credentialsBox)
        self.userLabel.setObjectName(u"userLabel")

        self.credentialsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.credentialsBox)
        self.userEdit.setObjectName(u"userEdit")

        self.credentialsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.credentialsBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.credentialsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.credentialsBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.credentialsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.savePasswordCheck = QCheckBox(self.credentialsBox)
        self.savePasswordCheck.setObjectName(u"savePasswordCheck")

        self.credentialsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.savePasswordCheck)


        self.mainLayout.addWidget(self.credentialsBox)

        self.causesTitle = QLabel(ConnectionErrorDialog)
        self.causesTitle.setObjectName(u"causesTitle")

        self.mainLayout.addWidget(self.causesTitle)

        self.causesLabel = QLabel(ConnectionErrorDialog)
        self.causesLabel.setObjectName(u"causesLabel")
        self.causesLabel.setWordWrap(True)
        self.causesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.causesLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.retryButton = QPushButton(ConnectionErrorDialog)
        self.retryButton.setObjectName(u"retryButton")

        self.buttonLayout.addWidget(self.retryButton)

        self.backButton = QPushButton(ConnectionErrorDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonLayout.addWidget(self.backButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConnectionErrorDialog)

        self.retryButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ConnectionErrorDialog):
        ConnectionErrorDialog.setWindowTitle(QCoreApplication.translate("ConnectionErrorDialog", u"\u041d\u0435\u0442 \u043f\u043e\u0434\u043a\u043b\u044e\u0447\u0435\u043d\u0438\u044f \u043a \u0431\u0430\u0437\u0435 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.commandBox.setTitle(QCoreApplication.translate("ConnectionErrorDialog", u"\u041a\u043e\u043c\u0430\u043d\u0434\u0430 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440\u0430", None))
        self.copyButton.setText(QCoreApplication.translate("ConnectionErrorDialog", u"\u041a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u0442\u044c", None))
        self.credentialsBox.setTitle(QCoreApplication.translate("ConnectionErrorDialog", u"\u041f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c Firebird", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectionErrorDialog", u"&\u041f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c:", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectionErrorDialog", u"\u041f\u0430\u0440&\u043e\u043b\u044c:", None))
        self.savePasswordCheck.setText(QCoreApplication.translate("ConnectionErrorDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043f\u0430\u0440\u043e\u043b\u044c (\u0432 \u0445\u0440\u0430\u043d\u0438\u043b\u0438\u0449\u0435 \u043f\u0430\u0440\u043e\u043b\u0435\u0439 \u0441\u0438\u0441\u0442\u0435\u043c\u044b)", None))
        self.causesTitle.setText(QCoreApplication.translate("ConnectionErrorDialog", u"\u0412\u043e\u0437\u043c\u043e\u0436\u043d\u044b\u0435 \u043f\u0440\u0438\u0447\u0438\u043d\u044b:", None))
        self.retryButton.setText(QCoreApplication.translate("ConnectionErrorDialog", u"\u041f\u043e\u0432\u0442\u043e\u0440\u0438\u0442\u044c", None))
        self.backButton.setText(QCoreApplication.translate("ConnectionErrorDialog", u"\u041a \u0441\u043f\u0438\u0441\u043a\u0443 \u0431\u0430\u0437", None))
    # retranslateUi

