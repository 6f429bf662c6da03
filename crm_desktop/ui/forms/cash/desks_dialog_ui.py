# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desks_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CashDesksDialog(object):
    def setupUi(self, CashDesksDialog):
        if not CashDesksDialog.objectName():
            CashDesksDialog.setObjectName(u"CashDesksDialog")
        CashDesksDialog.resize(440, 320)
        self.mainLayout = QVBoxLayout(CashDesksDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noteLabel = QLabel(CashDesksDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setVisible(False)

        self.mainLayout.addWidget(self.noteLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.deskList = QListWidget(CashDesksDialog)
        self.deskList.setObjectName(u"deskList")

        self.bodyLayout.addWidget(self.deskList)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(CashDesksDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(CashDesksDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonsLayout.addWidget(self.renameButton)

        self.buttonsSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(CashDesksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(CashDesksDialog)
    # setupUi

    def retranslateUi(self, CashDesksDialog):
        CashDesksDialog.setWindowTitle(QCoreApplication.translate("CashDesksDialog", u"\u041a\u0430\u0441\u0441\u044b", None))
        self.addButton.setText(QCoreApplication.translate("CashDesksDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("CashDesksDialog", u"\u041d\u043e\u0432\u0430\u044f \u043a\u0430\u0441\u0441\u0430 (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("CashDesksDialog", u"\u041f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("CashDesksDialog", u"\u041f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c \u043a\u0430\u0441\u0441\u0443 (F2)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

