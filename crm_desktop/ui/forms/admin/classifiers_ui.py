# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'classifiers.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ClassifiersDialog(object):
    def setupUi(self, ClassifiersDialog):
        if not ClassifiersDialog.objectName():
            ClassifiersDialog.setObjectName(u"ClassifiersDialog")
        ClassifiersDialog.resize(720, 420)
        self.mainLayout = QVBoxLayout(ClassifiersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(ClassifiersDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.classifiersTable = QTableWidget(ClassifiersDialog)
        self.classifiersTable.setObjectName(u"classifiersTable")
        self.classifiersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.classifiersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.classifiersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.classifiersTable.horizontalHeader().setStretchLastSection(True)
        self.classifiersTable.verticalHeader().setVisible(False)

        self.bodyLayout.addWidget(self.classifiersTable)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(ClassifiersDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.openButton = QPushButton(ClassifiersDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.upButton = QPushButton(ClassifiersDialog)
        self.upButton.setObjectName(u"upButton")

        self.buttonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(ClassifiersDialog)
        self.downButton.setObjectName(u"downButton")

        self.buttonsLayout.addWidget(self.downButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(ClassifiersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(ClassifiersDialog)
    # setupUi

    def retranslateUi(self, ClassifiersDialog):
        ClassifiersDialog.setWindowTitle(QCoreApplication.translate("ClassifiersDialog", u"\u041f\u0440\u0438\u0437\u043d\u0430\u043a\u0438-\u043a\u043b\u0430\u0441\u0441\u0438\u0444\u0438\u043a\u0430\u0442\u043e\u0440\u044b", None))
        self.hintLabel.setText(QCoreApplication.translate("ClassifiersDialog", u"\u0414\u043e\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c\u043d\u044b\u0435 \u043f\u0440\u0438\u0437\u043d\u0430\u043a\u0438 \u0434\u043b\u044f \u043a\u043b\u0430\u0441\u0441\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u0438 \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432. \u0410\u043a\u0442\u0438\u0432\u043d\u044b\u0435 \u043f\u0440\u0438\u0437\u043d\u0430\u043a\u0438 \u0432\u0438\u0434\u043d\u044b \u043d\u0430 \u0432\u043a\u043b\u0430\u0434\u043a\u0435 \u00ab\u041f\u0440\u0438\u0437\u043d\u0430\u043a\u0438\u00bb \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0438 \u0432\u043e Flexi-\u0444\u0438\u043b\u044c\u0442\u0440\u0435 \u0432 \u044d\u0442\u043e\u043c \u043f\u043e\u0440\u044f\u0434\u043a\u0435.", None))
        self.addButton.setText(QCoreApplication.translate("ClassifiersDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c (Ins)", None))
        self.openButton.setText(QCoreApplication.translate("ClassifiersDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c (Enter)", None))
        self.upButton.setText(QCoreApplication.translate("ClassifiersDialog", u"\u0412\u044b\u0448\u0435 (Ctrl+\u2191)", None))
        self.downButton.setText(QCoreApplication.translate("ClassifiersDialog", u"\u041d\u0438\u0436\u0435 (Ctrl+\u2193)", None))
        self.closeButton.setText(QCoreApplication.translate("ClassifiersDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

