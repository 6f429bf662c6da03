# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_picker.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ItemPicker(object):
    def setupUi(self, ItemPicker):
        if not ItemPicker.objectName():
            ItemPicker.setObjectName(u"ItemPicker")
        ItemPicker.resize(1000, 600)
        self.mainLayout = QVBoxLayout(ItemPicker)
        self.mainLayout.setObjectName(u"mainLayout")
        self.browserHost = QWidget(ItemPicker)
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

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.hintLabel = QLabel(ItemPicker)
        self.hintLabel.setObjectName(u"hintLabel")

        self.bottomLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.chooseButton = QPushButton(ItemPicker)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.chooseButton)

        self.cancelButton = QPushButton(ItemPicker)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(ItemPicker)
    # setupUi

    def retranslateUi(self, ItemPicker):
        ItemPicker.setWindowTitle(QCoreApplication.translate("ItemPicker", u"\u0412\u044b\u0431\u043e\u0440 \u043f\u043e\u0437\u0438\u0446\u0438\u0438 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b", None))
        self.hintLabel.setText(QCoreApplication.translate("ItemPicker", u"Enter \u0438\u043b\u0438 \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u2014 \u0432\u044b\u0431\u0440\u0430\u0442\u044c, Esc \u2014 \u043e\u0442\u043c\u0435\u043d\u0430", None))
        self.chooseButton.setText(QCoreApplication.translate("ItemPicker", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c", None))
        self.cancelButton.setText(QCoreApplication.translate("ItemPicker", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

