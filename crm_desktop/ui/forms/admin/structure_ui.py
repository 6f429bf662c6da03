# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'structure.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_StructureDialog(object):
    def setupUi(self, StructureDialog):
        if not StructureDialog.objectName():
            StructureDialog.setObjectName(u"StructureDialog")
        StructureDialog.resize(620, 460)
        self.mainLayout = QVBoxLayout(StructureDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(StructureDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.structureTree = QTreeWidget(StructureDialog)
        self.structureTree.setObjectName(u"structureTree")
        self.structureTree.setHeaderHidden(True)

        self.bodyLayout.addWidget(self.structureTree)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addDepartmentButton = QPushButton(StructureDialog)
        self.addDepartmentButton.setObjectName(u"addDepartmentButton")

        self.buttonsLayout.addWidget(self.addDepartmentButton)

        self.addPositionButton = QPushButton(StructureDialog)
        self.addPositionButton.setObjectName(u"addPositionButton")

        self.buttonsLayout.addWidget(self.addPositionButton)

        self.renameButton = QPushButton(StructureDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonsLayout.addWidget(self.renameButton)

        self.deleteButton = QPushButton(StructureDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(StructureDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(StructureDialog)
    # setupUi

    def retranslateUi(self, StructureDialog):
        StructureDialog.setWindowTitle(QCoreApplication.translate("StructureDialog", u"\u0421\u0442\u0440\u0443\u043a\u0442\u0443\u0440\u0430 \u043f\u0440\u0435\u0434\u043f\u0440\u0438\u044f\u0442\u0438\u044f", None))
        self.hintLabel.setText(QCoreApplication.translate("StructureDialog", u"\u041f\u043e\u0434\u0440\u0430\u0437\u0434\u0435\u043b\u0435\u043d\u0438\u044f \u0444\u0438\u0440\u043c\u044b \u0438 \u0434\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u0438 \u0432 \u043d\u0438\u0445. Ins \u2014 \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c, F2 \u2014 \u043f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c, Del \u2014 \u0443\u0434\u0430\u043b\u0438\u0442\u044c.", None))
        ___qtreewidgetitem = self.structureTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("StructureDialog", u"\u041f\u043e\u0434\u0440\u0430\u0437\u0434\u0435\u043b\u0435\u043d\u0438\u0435 / \u0434\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c", None))
        self.addDepartmentButton.setText(QCoreApplication.translate("StructureDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043f\u043e\u0434\u0440\u0430\u0437\u0434\u0435\u043b\u0435\u043d\u0438\u0435", None))
        self.addPositionButton.setText(QCoreApplication.translate("StructureDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0434\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c", None))
        self.renameButton.setText(QCoreApplication.translate("StructureDialog", u"\u041f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c (F2)", None))
        self.deleteButton.setText(QCoreApplication.translate("StructureDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c (Del)", None))
        self.closeButton.setText(QCoreApplication.translate("StructureDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

