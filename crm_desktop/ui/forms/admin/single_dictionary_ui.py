# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'single_dictionary.ui'
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

class Ui_SingleDictionaryDialog(object):
    def setupUi(self, SingleDictionaryDialog):
        if not SingleDictionaryDialog.objectName():
            SingleDictionaryDialog.setObjectName(u"SingleDictionaryDialog")
        SingleDictionaryDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(SingleDictionaryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(SingleDictionaryDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.editorHost = QWidget(SingleDictionaryDialog)
        self.editorHost.setObjectName(u"editorHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.editorHost.sizePolicy().hasHeightForWidth())
        self.editorHost.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.editorHost)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(SingleDictionaryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(SingleDictionaryDialog)
    # setupUi

    def retranslateUi(self, SingleDictionaryDialog):
        self.closeButton.setText(QCoreApplication.translate("SingleDictionaryDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
        pass
    # retranslateUi

