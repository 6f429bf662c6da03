# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funnel_profiles_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FunnelProfilesDialog(object):
    def setupUi(self, FunnelProfilesDialog):
        if not FunnelProfilesDialog.objectName():
            FunnelProfilesDialog.setObjectName(u"FunnelProfilesDialog")
        FunnelProfilesDialog.resize(820, 460)
        self.mainLayout = QVBoxLayout(FunnelProfilesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noteLabel = QLabel(FunnelProfilesDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setVisible(False)

        self.mainLayout.addWidget(self.noteLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.profilesLayout = QVBoxLayout()
        self.profilesLayout.setObjectName(u"profilesLayout")
        self.profilesLabel = QLabel(FunnelProfilesDialog)
        self.profilesLabel.setObjectName(u"profilesLabel")

        self.profilesLayout.addWidget(self.profilesLabel)

        self.profileList = QListWidget(FunnelProfilesDialog)
        self.profileList.setObjectName(u"profileList")
        self.profileList.setMaximumWidth(240)

        self.profilesLayout.addWidget(self.profileList)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.addProfileButton = QPushButton(FunnelProfilesDialog)
        self.addProfileButton.setObjectName(u"addProfileButton")

        self.profileButtons.addWidget(self.addProfileButton)

        self.deleteProfileButton = QPushButton(FunnelProfilesDialog)
        self.deleteProfileButton.setObjectName(u"deleteProfileButton")

        self.profileButtons.addWidget(self.deleteProfileButton)


        self.profilesLayout.addLayout(self.profileButtons)


        self.bodyLayout.addLayout(self.profilesLayout)

        self.editLayout = QVBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(FunnelProfilesDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(FunnelProfilesDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.activeCheck = QCheckBox(FunnelProfilesDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.editLayout.addLayout(self.formLayout)

        self.stageTable = QTableWidget(FunnelProfilesDialog)
        if (self.stageTable.columnCount() < 2):
            self.stageTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.stageTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.stageTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.stageTable.setObjectName(u"stageTable")
        self.stageTable.setColumnCount(2)

        self.editLayout.addWidget(self.stageTable)

        self.stageButtons = QHBoxLayout()
        self.stageButtons.setObjectName(u"stageButtons")
        self.addStageButton = QPushButton(FunnelProfilesDialog)
        self.addStageButton.setObjectName(u"addStageButton")

        self.stageButtons.addWidget(self.addStageButton)

        self.removeStageButton = QPushButton(FunnelProfilesDialog)
        self.removeStageButton.setObjectName(u"removeStageButton")

        self.stageButtons.addWidget(self.removeStageButton)

        self.upButton = QPushButton(FunnelProfilesDialog)
        self.upButton.setObjectName(u"upButton")

        self.stageButtons.addWidget(self.upButton)

        self.downButton = QPushButton(FunnelProfilesDialog)
        self.downButton.setObjectName(u"downButton")

        self.stageButtons.addWidget(self.downButton)

        self.stageSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageButtons.addItem(self.stageSpacer)

        self.saveButton = QPushButton(FunnelProfilesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.stageButtons.addWidget(self.saveButton)


        self.editLayout.addLayout(self.stageButtons)


        self.bodyLayout.addLayout(self.editLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(FunnelProfilesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(FunnelProfilesDialog)
    # setupUi

    def retranslateUi(self, FunnelProfilesDialog):
        FunnelProfilesDialog.setWindowTitle(QCoreApplication.translate("FunnelProfilesDialog", u"\u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0430 \u043f\u0440\u043e\u0444\u0438\u043b\u0435\u0439 \u0432\u043e\u0440\u043e\u043d\u043a\u0438 \u043f\u0440\u043e\u0434\u0430\u0436", None))
        self.profilesLabel.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u041f\u0440\u043e\u0444\u0438\u043b\u0438:", None))
        self.addProfileButton.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
        self.deleteProfileButton.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.nameLabel.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.activeCheck.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u0418\u0441\u043f\u043e\u043b\u044c\u0437\u0443\u0435\u0442\u0441\u044f", None))
        ___qtablewidgetitem = self.stageTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u042d\u0442\u0430\u043f \u0432\u043e\u0440\u043e\u043d\u043a\u0438", None))
        ___qtablewidgetitem1 = self.stageTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u042d\u0442\u0430\u043f \u043b\u0435\u0441\u0442\u043d\u0438\u0446\u044b \u043f\u0440\u043e\u0434\u0430\u0436", None))
        self.addStageButton.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u044d\u0442\u0430\u043f", None))
        self.removeStageButton.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u044d\u0442\u0430\u043f", None))
        self.upButton.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u0412\u044b\u0448\u0435", None))
        self.downButton.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u041d\u0438\u0436\u0435", None))
        self.saveButton.setText(QCoreApplication.translate("FunnelProfilesDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043f\u0440\u043e\u0444\u0438\u043b\u044c", None))
    # retranslateUi

