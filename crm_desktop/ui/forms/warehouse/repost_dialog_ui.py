# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'repost_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RepostDialog(object):
    def setupUi(self, RepostDialog):
        if not RepostDialog.objectName():
            RepostDialog.setObjectName(u"RepostDialog")
        RepostDialog.resize(680, 420)
        self.mainLayout = QVBoxLayout(RepostDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pointLabel = QLabel(RepostDialog)
        self.pointLabel.setObjectName(u"pointLabel")
        self.pointLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.pointLabel)

        self.interruptedLabel = QLabel(RepostDialog)
        self.interruptedLabel.setObjectName(u"interruptedLabel")
        self.interruptedLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.interruptedLabel)

        self.modeBox = QGroupBox(RepostDialog)
        self.modeBox.setObjectName(u"modeBox")
        self.modeLayout = QVBoxLayout(self.modeBox)
        self.modeLayout.setObjectName(u"modeLayout")
        self.fromPointRadio = QRadioButton(self.modeBox)
        self.fromPointRadio.setObjectName(u"fromPointRadio")
        self.fromPointRadio.setChecked(True)

        self.modeLayout.addWidget(self.fromPointRadio)

        self.fromPointNote = QLabel(self.modeBox)
        self.fromPointNote.setObjectName(u"fromPointNote")
        self.fromPointNote.setWordWrap(True)
        self.fromPointNote.setIndent(22)

        self.modeLayout.addWidget(self.fromPointNote)

        self.fullRadio = QRadioButton(self.modeBox)
        self.fullRadio.setObjectName(u"fullRadio")

        self.modeLayout.addWidget(self.fullRadio)

        self.fullNote = QLabel(self.modeBox)
        self.fullNote.setObjectName(u"fullNote")
        self.fullNote.setWordWrap(True)
        self.fullNote.setIndent(22)

        self.modeLayout.addWidget(self.fullNote)


        self.mainLayout.addWidget(self.modeBox)

        self.resultLabel = QLabel(RepostDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.resultLabel)

        self.collisionsView = QTableWidget(RepostDialog)
        self.collisionsView.setObjectName(u"collisionsView")
        self.collisionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.collisionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.collisionsView.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.collisionsView)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.resultSpacer)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.runButton = QPushButton(RepostDialog)
        self.runButton.setObjectName(u"runButton")
        self.runButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.runButton)

        self.closeButton = QPushButton(RepostDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(5, 1)

        self.retranslateUi(RepostDialog)
    # setupUi

    def retranslateUi(self, RepostDialog):
        RepostDialog.setWindowTitle(QCoreApplication.translate("RepostDialog", u"\u041f\u0435\u0440\u0435\u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0435 \u0441\u043a\u043b\u0430\u0434\u0441\u043a\u0438\u0445 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u043e\u0432", None))
        self.pointLabel.setStyleSheet(QCoreApplication.translate("RepostDialog", u"font-weight: bold;", None))
        self.interruptedLabel.setStyleSheet(QCoreApplication.translate("RepostDialog", u"background: #fff3e0; color: #e65100; padding: 4px;", None))
        self.interruptedLabel.setText(QCoreApplication.translate("RepostDialog", u"\u041f\u0440\u0435\u0434\u044b\u0434\u0443\u0449\u0435\u0435 \u043f\u0435\u0440\u0435\u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0435 \u043d\u0435 \u0437\u0430\u043a\u043e\u043d\u0447\u0435\u043d\u043e: \u00ab\u0412\u044b\u043f\u043e\u043b\u043d\u0438\u0442\u044c\u00bb \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0438\u0442 \u0435\u0433\u043e \u0441 \u043c\u0435\u0441\u0442\u0430 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438. \u0414\u043e \u0435\u0433\u043e \u043e\u043a\u043e\u043d\u0447\u0430\u043d\u0438\u044f \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b \u043d\u0435 \u043f\u0440\u043e\u0432\u043e\u0434\u044f\u0442\u0441\u044f.", None))
        self.modeBox.setTitle(QCoreApplication.translate("RepostDialog", u"\u0412\u0430\u0440\u0438\u0430\u043d\u0442", None))
        self.fromPointRadio.setText(QCoreApplication.translate("RepostDialog", u"\u0421 &\u0442\u043e\u0447\u043a\u0438 \u0430\u043a\u0442\u0443\u0430\u043b\u044c\u043d\u043e\u0441\u0442\u0438", None))
        self.fromPointNote.setText(QCoreApplication.translate("RepostDialog", u"\u0420\u0435\u0433\u0438\u0441\u0442\u0440\u044b \u043e\u0442\u043a\u0430\u0442\u044b\u0432\u0430\u044e\u0442\u0441\u044f \u043d\u0430 \u0442\u043e\u0447\u043a\u0443 \u0430\u043a\u0442\u0443\u0430\u043b\u044c\u043d\u043e\u0441\u0442\u0438, \u0438 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b \u043f\u043e\u0441\u043b\u0435 \u043d\u0435\u0451 \u043f\u0440\u043e\u0432\u043e\u0434\u044f\u0442\u0441\u044f \u0437\u0430\u043d\u043e\u0432\u043e.", None))
        self.fullRadio.setText(QCoreApplication.translate("RepostDialog", u"&\u041f\u043e\u043b\u043d\u043e\u0435 \u043f\u0435\u0440\u0435\u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0435", None))
        self.fullNote.setText(QCoreApplication.translate("RepostDialog", u"\u0412\u0441\u0435 \u0441\u043a\u043b\u0430\u0434\u0441\u043a\u0438\u0435 \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u044b \u043e\u0447\u0438\u0449\u0430\u044e\u0442\u0441\u044f \u0438 \u043f\u0435\u0440\u0435\u0441\u0447\u0438\u0442\u044b\u0432\u0430\u044e\u0442\u0441\u044f \u0441 \u0441\u0430\u043c\u043e\u0433\u043e \u043f\u0435\u0440\u0432\u043e\u0433\u043e \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430.", None))
        self.runButton.setText(QCoreApplication.translate("RepostDialog", u"&\u0412\u044b\u043f\u043e\u043b\u043d\u0438\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("RepostDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

