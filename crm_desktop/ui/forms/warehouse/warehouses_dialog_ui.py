# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'warehouses_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WarehousesDialog(object):
    def setupUi(self, WarehousesDialog):
        if not WarehousesDialog.objectName():
            WarehousesDialog.setObjectName(u"WarehousesDialog")
        WarehousesDialog.resize(460, 360)
        self.mainLayout = QHBoxLayout(WarehousesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.list = QListWidget(WarehousesDialog)
        self.list.setObjectName(u"list")

        self.mainLayout.addWidget(self.list)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(WarehousesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(WarehousesDialog)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.renameButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(WarehousesDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(WarehousesDialog)
    # setupUi

    def retranslateUi(self, WarehousesDialog):
        WarehousesDialog.setWindowTitle(QCoreApplication.translate("WarehousesDialog", u"\u0421\u043a\u043b\u0430\u0434\u044b", None))
#if QT_CONFIG(tooltip)
        self.list.setToolTip(QCoreApplication.translate("WarehousesDialog", u"Ins \u2014 \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u043a\u043b\u0430\u0434, F2 \u0438\u043b\u0438 Enter \u2014 \u043f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("WarehousesDialog", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("WarehousesDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u043a\u043b\u0430\u0434 (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("WarehousesDialog", u"&\u041f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("WarehousesDialog", u"\u041f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c \u0441\u043a\u043b\u0430\u0434 (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("WarehousesDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

