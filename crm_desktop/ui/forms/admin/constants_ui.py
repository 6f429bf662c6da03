# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'constants.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConstantsDialog(object):
    def setupUi(self, ConstantsDialog):
        if not ConstantsDialog.objectName():
            ConstantsDialog.setObjectName(u"ConstantsDialog")
        ConstantsDialog.resize(940, 600)
        self.mainLayout = QVBoxLayout(ConstantsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(ConstantsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.entitiesLabel = QLabel(self.leftPane)
        self.entitiesLabel.setObjectName(u"entitiesLabel")

        self.leftLayout.addWidget(self.entitiesLabel)

        self.entitiesList = QListWidget(self.leftPane)
        self.entitiesList.setObjectName(u"entitiesList")

        self.leftLayout.addWidget(self.entitiesList)

        self.entityButtons = QGridLayout()
        self.entityButtons.setObjectName(u"entityButtons")
        self.addEntityButton = QPushButton(self.leftPane)
        self.addEntityButton.setObjectName(u"addEntityButton")

        self.entityButtons.addWidget(self.addEntityButton, 0, 0, 1, 1)

        self.deleteEntityButton = QPushButton(self.leftPane)
        self.deleteEntityButton.setObjectName(u"deleteEntityButton")

        self.entityButtons.addWidget(self.deleteEntityButton, 0, 1, 1, 1)

        self.defaultEntityButton = QPushButton(self.leftPane)
        self.defaultEntityButton.setObjectName(u"defaultEntityButton")

        self.entityButtons.addWidget(self.defaultEntityButton, 1, 0, 1, 2)


        self.leftLayout.addLayout(self.entityButtons)

        self.splitter.addWidget(self.leftPane)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.requisitesTab = QWidget()
        self.requisitesTab.setObjectName(u"requisitesTab")
        self.requisitesLayout = QVBoxLayout(self.requisitesTab)
        self.requisitesLayout.setObjectName(u"requisitesLayout")
        self.requisitesForm = QFormLayout()
        self.requisitesForm.setObjectName(u"requisitesForm")
        self.shortNameLabel = QLabel(self.requisitesTab)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.requisitesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.requisitesTab)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(150)

        self.requisitesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.fullNameLabel = QLabel(self.requisitesTab)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.requisitesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.requisitesTab)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(300)

        self.requisitesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.innLabel = QLabel(self.requisitesTab)
        self.innLabel.setObjectName(u"innLabel")

        self.requisitesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.innLabel)

        self.innEdit = QLineEdit(self.requisitesTab)
        self.innEdit.setObjectName(u"innEdit")
        self.innEdit.setMaxLength(12)

        self.requisitesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.innEdit)

        self.kppLabel = QLabel(self.requisitesTab)
        self.kppLabel.setObjectName(u"kppLabel")

        self.requisitesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kppLabel)

        self.kppEdit = QLineEdit(self.requisitesTab)
        self.kppEdit.setObjectName(u"kppEdit")
        self.kppEdit.setMaxLength(9)

        self.requisitesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kppEdit)

        self.ogrnLabel = QLabel(self.requisitesTab)
        self.ogrnLabel.setObjectName(u"ogrnLabel")

        self.requisitesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ogrnLabel)

        self.ogrnEdit = QLineEdit(self.requisitesTab)
        self.ogrnEdit.setObjectName(u"ogrnEdit")
        self.ogrnEdit.setMaxLength(15)

        self.requisitesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ogrnEdit)

        self.okpoLabel = QLabel(self.requisitesTab)
        self.okpoLabel.setObjectName(u"okpoLabel")

        self.requisitesForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.okpoLabel)

        self.okpoEdit = QLineEdit(self.requisitesTab)
        self.okpoEdit.setObjectName(u"okpoEdit")
        self.okpoEdit.setMaxLength(10)

        self.requisitesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.okpoEdit)

        self.legalAddressLabel = QLabel(self.requisitesTab)
        self.legalAddressLabel.setObjectName(u"legalAddressLabel")

        self.requisitesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legalAddressLabel)

        self.legalAddressEdit = QLineEdit(self.requisitesTab)
        self.legalAddressEdit.setObjectName(u"legalAddressEdit")
        self.legalAddressEdit.setMaxLength(300)

        self.requisitesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.legalAddressEdit)

        self.postalAddressLabel = QLabel(self.requisitesTab)
        self.postalAddressLabel.setObjectName(u"postalAddressLabel")

        self.requisitesForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.postalAddressLabel)

        self.postalAddressEdit = QLineEdit(self.requisitesTab)
        self.postalAddressEdit.setObjectName(u"postalAddressEdit")
        self.postalAddressEdit.setMaxLength(300)

        self.requisitesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postalAddressEdit)

        self.phoneLabel = QLabel(self.requisitesTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.requisitesForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.requisitesTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.requisitesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.requisitesTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.requisitesForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.requisitesTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.requisitesForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.directorLabel = QLabel(self.requisitesTab)
        self.directorLabel.setObjectName(u"directorLabel")

        self.requisitesForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.directorLabel)

        self.directorEdit = QLineEdit(self.requisitesTab)
        self.directorEdit.setObjectName(u"directorEdit")
        self.directorEdit.setMaxLength(150)

        self.requisitesForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.directorEdit)

        self.accountantLabel = QLabel(self.requisitesTab)
        self.accountantLabel.setObjectName(u"accountantLabel")

        self.requisitesForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.accountantLabel)

        self.accountantEdit = QLineEdit(self.requisitesTab)
        self.accountantEdit.setObjectName(u"accountantEdit")
        self.accountantEdit.setMaxLength(150)

        self.requisitesForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.accountantEdit)

        self.vatCheck = QCheckBox(self.requisitesTab)
        self.vatCheck.setObjectName(u"vatCheck")
        self.vatCheck.setChecked(True)

        self.requisitesForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.vatCheck)


        self.requisitesLayout.addLayout(self.requisitesForm)

        self.requisitesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.requisitesLayout.addItem(self.requisitesSpacer)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.saveEntityButton = QPushButton(self.requisitesTab)
        self.saveEntityButton.setObjectName(u"saveEntityButton")

        self.saveLayout.addWidget(self.saveEntityButton)


        self.requisitesLayout.addLayout(self.saveLayout)

        self.tabs.addTab(self.requisitesTab, "")
        self.bankTab = QWidget()
        self.bankTab.setObjectName(u"bankTab")
        self.bankLayout = QVBoxLayout(self.bankTab)
        self.bankLayout.setObjectName(u"bankLayout")
        self.accountsTable = QTableWidget(self.bankTab)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.accountsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.accountsTable.horizontalHeader().setStretchLastSection(True)
        self.accountsTable.verticalHeader().setVisible(False)

        self.bankLayout.addWidget(self.accountsTable)

        self.accountButtons = QHBoxLayout()
        self.accountButtons.setObjectName(u"accountButtons")
        self.addAccountButton = QPushButton(self.bankTab)
        self.addAccountButton.setObjectName(u"addAccountButton")

        self.accountButtons.addWidget(self.addAccountButton)

        self.editAccountButton = QPushButton(self.bankTab)
        self.editAccountButton.setObjectName(u"editAccountButton")

        self.accountButtons.addWidget(self.editAccountButton)

        self.deleteAccountButton = QPushButton(self.bankTab)
        self.deleteAccountButton.setObjectName(u"deleteAccountButton")

        self.accountButtons.addWidget(self.deleteAccountButton)

        self.defaultAccountButton = QPushButton(self.bankTab)
        self.defaultAccountButton.setObjectName(u"defaultAccountButton")

        self.accountButtons.addWidget(self.defaultAccountButton)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountButtons.addItem(self.accountSpacer)


        self.bankLayout.addLayout(self.accountButtons)

        self.tabs.addTab(self.bankTab, "")
        self.splitter.addWidget(self.tabs)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(ConstantsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.innLabel.setBuddy(self.innEdit)
        self.kppLabel.setBuddy(self.kppEdit)
        self.ogrnLabel.setBuddy(self.ogrnEdit)
        self.okpoLabel.setBuddy(self.okpoEdit)
        self.legalAddressLabel.setBuddy(self.legalAddressEdit)
        self.postalAddressLabel.setBuddy(self.postalAddressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.directorLabel.setBuddy(self.directorEdit)
        self.accountantLabel.setBuddy(self.accountantEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConstantsDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ConstantsDialog):
        ConstantsDialog.setWindowTitle(QCoreApplication.translate("ConstantsDialog", u"\u041a\u043e\u043d\u0441\u0442\u0430\u043d\u0442\u044b: \u044e\u0440\u0438\u0434\u0438\u0447\u0435\u0441\u043a\u0438\u0435 \u043b\u0438\u0446\u0430", None))
        self.entitiesLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u042e\u0440\u0438\u0434\u0438\u0447\u0435\u0441\u043a\u0438\u0435 \u043b\u0438\u0446\u0430 (\u2605 \u2014 \u043f\u043e \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044e):", None))
        self.addEntityButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c (Ins)", None))
        self.deleteEntityButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.defaultEntityButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0421\u0434\u0435\u043b\u0430\u0442\u044c \u043e\u0441\u043d\u043e\u0432\u043d\u044b\u043c (\u043f\u043e \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044e)", None))
        self.shortNameLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435*:", None))
        self.fullNameLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u041f\u043e\u043b\u043d\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.innLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u0418\u041d\u041d:", None))
        self.kppLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u041a\u041f\u041f:", None))
        self.ogrnLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u041e\u0413\u0420\u041d:", None))
        self.okpoLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u041e\u041a\u041f\u041e:", None))
        self.legalAddressLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u042e\u0440\u0438\u0434\u0438\u0447\u0435\u0441\u043a\u0438\u0439 \u0430\u0434\u0440\u0435\u0441:", None))
        self.postalAddressLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u041f\u043e\u0447\u0442\u043e\u0432\u044b\u0439 \u0430\u0434\u0440\u0435\u0441:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u0422\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.emailLabel.setText(QCoreApplication.translate("ConstantsDialog", u"E-mail:", None))
        self.directorLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u0420\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c:", None))
        self.accountantLabel.setText(QCoreApplication.translate("ConstantsDialog", u"\u0413\u043b\u0430\u0432\u043d\u044b\u0439 \u0431\u0443\u0445\u0433\u0430\u043b\u0442\u0435\u0440:", None))
        self.vatCheck.setText(QCoreApplication.translate("ConstantsDialog", u"\u041f\u043b\u0430\u0442\u0435\u043b\u044c\u0449\u0438\u043a \u041d\u0414\u0421", None))
        self.saveEntityButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0440\u0435\u043a\u0432\u0438\u0437\u0438\u0442\u044b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.requisitesTab), QCoreApplication.translate("ConstantsDialog", u"\u0420\u0435\u043a\u0432\u0438\u0437\u0438\u0442\u044b", None))
        self.addAccountButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u0447\u0451\u0442", None))
        self.editAccountButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c", None))
        self.deleteAccountButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.defaultAccountButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0421\u0447\u0451\u0442 \u043f\u043e \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044e", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bankTab), QCoreApplication.translate("ConstantsDialog", u"\u0411\u0430\u043d\u043a", None))
        self.closeButton.setText(QCoreApplication.translate("ConstantsDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

