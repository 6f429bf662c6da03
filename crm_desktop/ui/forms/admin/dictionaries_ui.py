# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dictionaries.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DictionariesDialog(object):
    def setupUi(self, DictionariesDialog):
        if not DictionariesDialog.objectName():
            DictionariesDialog.setObjectName(u"DictionariesDialog")
        DictionariesDialog.resize(860, 520)
        self.mainLayout = QVBoxLayout(DictionariesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(DictionariesDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.dictionaryTree = QTreeWidget(self.splitter)
        self.dictionaryTree.setObjectName(u"dictionaryTree")
        self.dictionaryTree.setHeaderHidden(True)
        self.splitter.addWidget(self.dictionaryTree)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.rightPane)
        self.titleLabel.setObjectName(u"titleLabel")

        self.rightLayout.addWidget(self.titleLabel)

        self.regionLayout = QHBoxLayout()
        self.regionLayout.setObjectName(u"regionLayout")
        self.regionLabel = QLabel(self.rightPane)
        self.regionLabel.setObjectName(u"regionLabel")

        self.regionLayout.addWidget(self.regionLabel)

        self.regionCombo = QComboBox(self.rightPane)
        self.regionCombo.setObjectName(u"regionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.regionCombo.sizePolicy().hasHeightForWidth())
        self.regionCombo.setSizePolicy(sizePolicy)

        self.regionLayout.addWidget(self.regionCombo)


        self.rightLayout.addLayout(self.regionLayout)

        self.editorHost = QWidget(self.rightPane)
        self.editorHost.setObjectName(u"editorHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.editorHost.sizePolicy().hasHeightForWidth())
        self.editorHost.setSizePolicy(sizePolicy1)

        self.rightLayout.addWidget(self.editorHost)

        self.splitter.addWidget(self.rightPane)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(DictionariesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(DictionariesDialog)
    # setupUi

    def retranslateUi(self, DictionariesDialog):
        DictionariesDialog.setWindowTitle(QCoreApplication.translate("DictionariesDialog", u"\u0421\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a\u0438", None))
        ___qtreewidgetitem = self.dictionaryTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DictionariesDialog", u"\u0421\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a", None))
        self.titleLabel.setText(QCoreApplication.translate("DictionariesDialog", u"\u0412\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0441\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a \u0441\u043b\u0435\u0432\u0430", None))
        self.regionLabel.setText(QCoreApplication.translate("DictionariesDialog", u"\u0420\u0435\u0433\u0438\u043e\u043d:", None))
        self.closeButton.setText(QCoreApplication.translate("DictionariesDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

