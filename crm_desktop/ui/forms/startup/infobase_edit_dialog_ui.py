# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'infobase_edit_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_InfoBaseEditDialog(object):
    def setupUi(self, InfoBaseEditDialog):
        if not InfoBaseEditDialog.objectName():
            InfoBaseEditDialog.setObjectName(u"InfoBaseEditDialog")
        InfoBaseEditDialog.resize(600, 280)
        self.mainLayout = QVBoxLayout(InfoBaseEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(InfoBaseEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(InfoBaseEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.serverLabel = QLabel(InfoBaseEditDialog)
        self.serverLabel.setObjectName(u"serverLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverEdit = QLineEdit(InfoBaseEditDialog)
        self.serverEdit.setObjectName(u"serverEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.pathLabel = QLabel(InfoBaseEditDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(InfoBaseEditDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QToolButton(InfoBaseEditDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.userLabel = QLabel(InfoBaseEditDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(InfoBaseEditDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(InfoBaseEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(InfoBaseEditDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.savePasswordCheck = QCheckBox(InfoBaseEditDialog)
        self.savePasswordCheck.setObjectName(u"savePasswordCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.savePasswordCheck)

        self.licenceLabel = QLabel(InfoBaseEditDialog)
        self.licenceLabel.setObjectName(u"licenceLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.licenceLabel)

        self.licenceServerEdit = QLineEdit(InfoBaseEditDialog)
        self.licenceServerEdit.setObjectName(u"licenceServerEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.licenceServerEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(InfoBaseEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(InfoBaseEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.serverLabel.setBuddy(self.serverEdit)
        self.pathLabel.setBuddy(self.pathEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.licenceLabel.setBuddy(self.licenceServerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.serverEdit)
        QWidget.setTabOrder(self.serverEdit, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.savePasswordCheck)
        QWidget.setTabOrder(self.savePasswordCheck, self.licenceServerEdit)

        self.retranslateUi(InfoBaseEditDialog)
    # setupUi

    def retranslateUi(self, InfoBaseEditDialog):
        InfoBaseEditDialog.setWindowTitle(QCoreApplication.translate("InfoBaseEditDialog", u"\u041f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u044b \u043f\u043e\u0434\u043a\u043b\u044e\u0447\u0435\u043d\u0438\u044f", None))
        self.nameLabel.setText(QCoreApplication.translate("InfoBaseEditDialog", u"&\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("InfoBaseEditDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, \u0411\u0430\u0437\u0430 \u043e\u0442\u0434\u0435\u043b\u0430 \u043f\u0440\u043e\u0434\u0430\u0436", None))
        self.serverLabel.setText(QCoreApplication.translate("InfoBaseEditDialog", u"&\u0421\u0435\u0440\u0432\u0435\u0440:", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("InfoBaseEditDialog", u"\u043f\u0443\u0441\u0442\u043e \u2014 \u0431\u0430\u0437\u0430 \u043d\u0430 \u044d\u0442\u043e\u043c \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0435; \u0438\u043d\u0430\u0447\u0435 localhost, 192.168.0.10 \u0438\u043b\u0438 host/3050", None))
        self.pathLabel.setText(QCoreApplication.translate("InfoBaseEditDialog", u"&\u041f\u0443\u0442\u044c \u043a \u0431\u0430\u0437\u0435:", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("InfoBaseEditDialog", u"\u043f\u0443\u0442\u044c \u043a \u0444\u0430\u0439\u043b\u0443 .fdb \u043d\u0430 \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0435 \u0441\u0435\u0440\u0432\u0435\u0440\u0430", None))
        self.browseButton.setText(QCoreApplication.translate("InfoBaseEditDialog", u"\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("InfoBaseEditDialog", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c \u0444\u0430\u0439\u043b \u0431\u0430\u0437\u044b \u0434\u0430\u043d\u043d\u044b\u0445", None))
#endif // QT_CONFIG(tooltip)
        self.userLabel.setText(QCoreApplication.translate("InfoBaseEditDialog", u"\u041f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c &Firebird:", None))
        self.userEdit.setText(QCoreApplication.translate("InfoBaseEditDialog", u"SYSDBA", None))
        self.passwordLabel.setText(QCoreApplication.translate("InfoBaseEditDialog", u"\u041f\u0430\u0440&\u043e\u043b\u044c Firebird:", None))
        self.savePasswordCheck.setText(QCoreApplication.translate("InfoBaseEditDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043f\u0430\u0440\u043e\u043b\u044c (\u0432 \u0445\u0440\u0430\u043d\u0438\u043b\u0438\u0449\u0435 \u043f\u0430\u0440\u043e\u043b\u0435\u0439 \u0441\u0438\u0441\u0442\u0435\u043c\u044b)", None))
        self.licenceLabel.setText(QCoreApplication.translate("InfoBaseEditDialog", u"\u0421\u0435\u0440\u0432\u0435\u0440 &\u043b\u0438\u0446\u0435\u043d\u0437\u0438\u0439:", None))
        self.licenceServerEdit.setPlaceholderText(QCoreApplication.translate("InfoBaseEditDialog", u"\u043f\u0443\u0441\u0442\u043e \u2014 \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440 \u0441\u0435\u0440\u0432\u0435\u0440\u0430 \u0431\u0430\u0437\u044b \u0434\u0430\u043d\u043d\u044b\u0445", None))
    # retranslateUi

