# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cleanup.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_CleanupDialog(object):
    def setupUi(self, CleanupDialog):
        if not CleanupDialog.objectName():
            CleanupDialog.setObjectName(u"CleanupDialog")
        CleanupDialog.resize(520, 220)
        self.mainLayout = QVBoxLayout(CleanupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(CleanupDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.monthsLayout = QHBoxLayout()
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthsLabel = QLabel(CleanupDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.monthsLayout.addWidget(self.monthsLabel)

        self.monthsSpin = QSpinBox(CleanupDialog)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(240)
        self.monthsSpin.setValue(12)

        self.monthsLayout.addWidget(self.monthsSpin)

        self.monthsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthsLayout.addItem(self.monthsSpacer)


        self.mainLayout.addLayout(self.monthsLayout)

        self.countLabel = QLabel(CleanupDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.resultSpacer)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.countButton = QPushButton(CleanupDialog)
        self.countButton.setObjectName(u"countButton")
        self.countButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.countButton)

        self.deleteButton = QPushButton(CleanupDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setEnabled(False)
        self.deleteButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.deleteButton)

        self.closeButton = QPushButton(CleanupDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.monthsLabel.setBuddy(self.monthsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CleanupDialog)
    # setupUi

    def retranslateUi(self, CleanupDialog):
        CleanupDialog.setWindowTitle(QCoreApplication.translate("CleanupDialog", u"\u041e\u0431\u0441\u043b\u0443\u0436\u0438\u0432\u0430\u043d\u0438\u0435 \u0431\u0430\u0437\u044b \u0434\u0430\u043d\u043d\u044b\u0445 \u2014 \u041e\u0447\u0438\u0441\u0442\u043a\u0430 \u0411\u0414", None))
        self.hintLabel.setText(QCoreApplication.translate("CleanupDialog", u"\u0423\u0434\u0430\u043b\u044f\u044e\u0442\u0441\u044f \u0437\u0430\u0432\u0435\u0440\u0448\u0451\u043d\u043d\u044b\u0435 (\u0437\u0430\u043a\u0440\u044b\u0442\u044b\u0435) \u0437\u0430\u0434\u0430\u0447\u0438 \u0441 \u0443\u043a\u0430\u0437\u0430\u043d\u043d\u043e\u0439 \u0434\u0430\u0432\u043d\u043e\u0441\u0442\u044c\u044e \u0432\u043c\u0435\u0441\u0442\u0435 \u0441 \u0438\u0441\u0442\u043e\u0440\u0438\u0435\u0439 \u0438\u0445 \u0441\u043e\u0441\u0442\u043e\u044f\u043d\u0438\u0439.", None))
        self.monthsLabel.setText(QCoreApplication.translate("CleanupDialog", u"\u0423\u0434\u0430\u043b\u044f\u0442\u044c \u0437\u0430\u0432\u0435\u0440\u0448\u0451\u043d\u043d\u044b\u0435 \u0437\u0430\u0434\u0430\u0447\u0438 \u0441 &\u0434\u0430\u0432\u043d\u043e\u0441\u0442\u044c\u044e:", None))
        self.monthsSpin.setSuffix(QCoreApplication.translate("CleanupDialog", u" \u043c\u0435\u0441.", None))
        self.countButton.setText(QCoreApplication.translate("CleanupDialog", u"\u041f\u043e\u0434&\u0441\u0447\u0438\u0442\u0430\u0442\u044c", None))
        self.deleteButton.setText(QCoreApplication.translate("CleanupDialog", u"&\u0423\u0434\u0430\u043b\u0438\u0442\u044c\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("CleanupDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

