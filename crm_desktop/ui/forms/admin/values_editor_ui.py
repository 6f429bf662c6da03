# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'values_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ValuesEditor(object):
    def setupUi(self, ValuesEditor):
        if not ValuesEditor.objectName():
            ValuesEditor.setObjectName(u"ValuesEditor")
        ValuesEditor.resize(460, 320)
        self.mainLayout = QGridLayout(ValuesEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.valuesList = QListWidget(ValuesEditor)
        self.valuesList.setObjectName(u"valuesList")

        self.mainLayout.addWidget(self.valuesList, 0, 0, 1, 1)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(ValuesEditor)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(ValuesEditor)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonsLayout.addWidget(self.renameButton)

        self.hideButton = QPushButton(ValuesEditor)
        self.hideButton.setObjectName(u"hideButton")

        self.buttonsLayout.addWidget(self.hideButton)

        self.upButton = QPushButton(ValuesEditor)
        self.upButton.setObjectName(u"upButton")

        self.buttonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(ValuesEditor)
        self.downButton.setObjectName(u"downButton")

        self.buttonsLayout.addWidget(self.downButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.mainLayout.addLayout(self.buttonsLayout, 0, 1, 1, 1)

        self.showHiddenCheck = QCheckBox(ValuesEditor)
        self.showHiddenCheck.setObjectName(u"showHiddenCheck")

        self.mainLayout.addWidget(self.showHiddenCheck, 1, 0, 1, 2)


        self.retranslateUi(ValuesEditor)
    # setupUi

    def retranslateUi(self, ValuesEditor):
#if QT_CONFIG(tooltip)
        self.valuesList.setToolTip(QCoreApplication.translate("ValuesEditor", u"Ins \u2014 \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c, F2 \u2014 \u043f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c, Ctrl+\u2191/\u2193 \u2014 \u043f\u0435\u0440\u0435\u043c\u0435\u0441\u0442\u0438\u0442\u044c", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ValuesEditor", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c (Ins)", None))
        self.renameButton.setText(QCoreApplication.translate("ValuesEditor", u"\u041f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c (F2)", None))
        self.hideButton.setText(QCoreApplication.translate("ValuesEditor", u"\u0421\u043a\u0440\u044b\u0442\u044c", None))
        self.upButton.setText(QCoreApplication.translate("ValuesEditor", u"\u0412\u044b\u0448\u0435 (Ctrl+\u2191)", None))
        self.downButton.setText(QCoreApplication.translate("ValuesEditor", u"\u041d\u0438\u0436\u0435 (Ctrl+\u2193)", None))
        self.showHiddenCheck.setText(QCoreApplication.translate("ValuesEditor", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c \u0441\u043a\u0440\u044b\u0442\u044b\u0435 \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u044f", None))
        pass
    # retranslateUi

