# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(EventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.clientLabel = QLabel(EventDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.mainLayout.addWidget(self.clientLabel)

        self.fieldsHost = QWidget(EventDialog)
        self.fieldsHost.setObjectName(u"fieldsHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.fieldsHost.sizePolicy().hasHeightForWidth())
        self.fieldsHost.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.fieldsHost)

        self.currentStageLabel = QLabel(EventDialog)
        self.currentStageLabel.setObjectName(u"currentStageLabel")

        self.mainLayout.addWidget(self.currentStageLabel)

        self.requiredNoteLabel = QLabel(EventDialog)
        self.requiredNoteLabel.setObjectName(u"requiredNoteLabel")

        self.mainLayout.addWidget(self.requiredNoteLabel)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"\u0421\u043e\u0431\u044b\u0442\u0438\u0435", None))
        self.clientLabel.setStyleSheet(QCoreApplication.translate("EventDialog", u"font-weight: bold;", None))
        self.currentStageLabel.setStyleSheet(QCoreApplication.translate("EventDialog", u"color: #808080;", None))
        self.requiredNoteLabel.setText(QCoreApplication.translate("EventDialog", u"<span style=\"color:#d32f2f\">*</span> \u2014 \u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\u044c\u043d\u044b\u0435 \u043f\u043e\u043b\u044f", None))
    # retranslateUi

