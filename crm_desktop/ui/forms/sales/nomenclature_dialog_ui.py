# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nomenclature_dialog.ui'
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
    QFrame, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_NomenclatureDialog(object):
    def setupUi(self, NomenclatureDialog):
        if not NomenclatureDialog.objectName():
            NomenclatureDialog.setObjectName(u"NomenclatureDialog")
        NomenclatureDialog.resize(1000, 700)
        self.mainLayout = QVBoxLayout(NomenclatureDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.commandsLayout = QHBoxLayout()
        self.commandsLayout.setObjectName(u"commandsLayout")
        self.newGroupButton = QToolButton(NomenclatureDialog)
        self.newGroupButton.setObjectName(u"newGroupButton")
        self.newGroupButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.newGroupButton)

        self.newSubgroupButton = QToolButton(NomenclatureDialog)
        self.newSubgroupButton.setObjectName(u"newSubgroupButton")
        self.newSubgroupButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.newSubgroupButton)

        self.renameGroupButton = QToolButton(NomenclatureDialog)
        self.renameGroupButton.setObjectName(u"renameGroupButton")
        self.renameGroupButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.renameGroupButton)

        self.deleteGroupButton = QToolButton(NomenclatureDialog)
        self.deleteGroupButton.setObjectName(u"deleteGroupButton")
        self.deleteGroupButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.deleteGroupButton)

        self.moveUpButton = QToolButton(NomenclatureDialog)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(NomenclatureDialog)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.moveDownButton)

        self.commandsLine = QFrame(NomenclatureDialog)
        self.commandsLine.setObjectName(u"commandsLine")
        self.commandsLine.setFrameShape(QFrame.Shape.VLine)
        self.commandsLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.commandsLayout.addWidget(self.commandsLine)

        self.newItemButton = QToolButton(NomenclatureDialog)
        self.newItemButton.setObjectName(u"newItemButton")
        self.newItemButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.newItemButton)

        self.openItemButton = QToolButton(NomenclatureDialog)
        self.openItemButton.setObjectName(u"openItemButton")
        self.openItemButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.openItemButton)

        self.deleteItemButton = QToolButton(NomenclatureDialog)
        self.deleteItemButton.setObjectName(u"deleteItemButton")
        self.deleteItemButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.deleteItemButton)

        self.printLine = QFrame(NomenclatureDialog)
        self.printLine.setObjectName(u"printLine")
        self.printLine.setFrameShape(QFrame.Shape.VLine)
        self.printLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.commandsLayout.addWidget(self.printLine)

        self.priceTagsButton = QToolButton(NomenclatureDialog)
        self.priceTagsButton.setObjectName(u"priceTagsButton")
        self.priceTagsButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.commandsLayout.addWidget(self.priceTagsButton)

        self.commandsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commandsLayout.addItem(self.commandsSpacer)


        self.mainLayout.addLayout(self.commandsLayout)

        self.readOnlyLabel = QLabel(NomenclatureDialog)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.readOnlyLabel)

        self.browserHost = QWidget(NomenclatureDialog)
        self.browserHost.setObjectName(u"browserHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.browserHost.sizePolicy().hasHeightForWidth())
        self.browserHost.setSizePolicy(sizePolicy)
        self.browserLayout = QVBoxLayout(self.browserHost)
        self.browserLayout.setObjectName(u"browserLayout")
        self.browserLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.browserHost)

        self.buttonBox = QDialogButtonBox(NomenclatureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(NomenclatureDialog)
    # setupUi

    def retranslateUi(self, NomenclatureDialog):
        NomenclatureDialog.setWindowTitle(QCoreApplication.translate("NomenclatureDialog", u"\u0421\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a\u0438 \u2013 \u041d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u0430", None))
        self.readOnlyLabel.setText(QCoreApplication.translate("NomenclatureDialog", u"\u0422\u043e\u043b\u044c\u043a\u043e \u043f\u0440\u043e\u0441\u043c\u043e\u0442\u0440: \u0443 \u0432\u0430\u0441 \u043d\u0435\u0442 \u043f\u0440\u0430\u0432\u0430 \u00ab\u0420\u0435\u0434\u0430\u043a\u0442\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u0443\u00bb. \u0418\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f \u0432\u043d\u043e\u0441\u0438\u0442 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440 \u0438\u043b\u0438 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c \u0441 \u044d\u0442\u0438\u043c \u043f\u0440\u0430\u0432\u043e\u043c.", None))
    # retranslateUi

