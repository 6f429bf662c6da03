# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'specifications_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SpecificationsDialog(object):
    def setupUi(self, SpecificationsDialog):
        if not SpecificationsDialog.objectName():
            SpecificationsDialog.setObjectName(u"SpecificationsDialog")
        SpecificationsDialog.resize(960, 560)
        self.mainLayout = QVBoxLayout(SpecificationsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.specList = QListWidget(SpecificationsDialog)
        self.specList.setObjectName(u"specList")

        self.listLayout.addWidget(self.specList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(SpecificationsDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.listButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(SpecificationsDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.listButtons.addWidget(self.deleteButton)


        self.listLayout.addLayout(self.listButtons)


        self.bodyLayout.addLayout(self.listLayout)

        self.editorLayout = QVBoxLayout()
        self.editorLayout.setObjectName(u"editorLayout")
        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.nameLabel = QLabel(SpecificationsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.headerLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(SpecificationsDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(150)

        self.headerLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.productLabel = QLabel(SpecificationsDialog)
        self.productLabel.setObjectName(u"productLabel")

        self.headerLayout.addWidget(self.productLabel, 1, 0, 1, 1)

        self.productLayout = QHBoxLayout()
        self.productLayout.setObjectName(u"productLayout")
        self.productEdit = QLineEdit(SpecificationsDialog)
        self.productEdit.setObjectName(u"productEdit")
        self.productEdit.setReadOnly(True)

        self.productLayout.addWidget(self.productEdit)

        self.productButton = QPushButton(SpecificationsDialog)
        self.productButton.setObjectName(u"productButton")
        self.productButton.setAutoDefault(False)

        self.productLayout.addWidget(self.productButton)


        self.headerLayout.addLayout(self.productLayout, 1, 1, 1, 1)

        self.headerLayout.setColumnStretch(1, 1)

        self.editorLayout.addLayout(self.headerLayout)

        self.componentsLabel = QLabel(SpecificationsDialog)
        self.componentsLabel.setObjectName(u"componentsLabel")

        self.editorLayout.addWidget(self.componentsLabel)

        self.componentsToolbar = QHBoxLayout()
        self.componentsToolbar.setObjectName(u"componentsToolbar")
        self.addComponentButton = QPushButton(SpecificationsDialog)
        self.addComponentButton.setObjectName(u"addComponentButton")
        self.addComponentButton.setAutoDefault(False)

        self.componentsToolbar.addWidget(self.addComponentButton)

        self.deleteComponentButton = QPushButton(SpecificationsDialog)
        self.deleteComponentButton.setObjectName(u"deleteComponentButton")
        self.deleteComponentButton.setAutoDefault(False)

        self.componentsToolbar.addWidget(self.deleteComponentButton)

        self.componentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.componentsToolbar.addItem(self.componentsSpacer)


        self.editorLayout.addLayout(self.componentsToolbar)

        self.componentsView = QTableWidget(SpecificationsDialog)
        self.componentsView.setObjectName(u"componentsView")
        self.componentsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.componentsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.componentsView.setAlternatingRowColors(True)

        self.editorLayout.addWidget(self.componentsView)


        self.bodyLayout.addLayout(self.editorLayout)

        self.bodyLayout.setStretch(0, 1)
        self.bodyLayout.setStretch(1, 3)

        self.mainLayout.addLayout(self.bodyLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.noteLabel = QLabel(SpecificationsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(SpecificationsDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(SpecificationsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.productLabel.setBuddy(self.productButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.specList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.productButton)
        QWidget.setTabOrder(self.productButton, self.componentsView)

        self.retranslateUi(SpecificationsDialog)
    # setupUi

    def retranslateUi(self, SpecificationsDialog):
        SpecificationsDialog.setWindowTitle(QCoreApplication.translate("SpecificationsDialog", u"\u041f\u0440\u043e\u0438\u0437\u0432\u043e\u0434\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0435 \u0441\u043f\u0435\u0446\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u0438", None))
#if QT_CONFIG(tooltip)
        self.specList.setToolTip(QCoreApplication.translate("SpecificationsDialog", u"Ins \u2014 \u043d\u043e\u0432\u0430\u044f \u0441\u043f\u0435\u0446\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f, Del \u2014 \u0443\u0434\u0430\u043b\u0438\u0442\u044c", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("SpecificationsDialog", u"&\u041d\u043e\u0432\u0430\u044f", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("SpecificationsDialog", u"\u041d\u043e\u0432\u0430\u044f \u0441\u043f\u0435\u0446\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("SpecificationsDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("SpecificationsDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0441\u043f\u0435\u0446\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044e (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("SpecificationsDialog", u"\u041d\u0430&\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.productLabel.setText(QCoreApplication.translate("SpecificationsDialog", u"&\u041f\u0440\u043e\u0434\u0443\u043a\u0442:", None))
        self.productEdit.setPlaceholderText(QCoreApplication.translate("SpecificationsDialog", u"\u0432\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u043f\u043e\u0437\u0438\u0446\u0438\u044e \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b", None))
        self.productButton.setText(QCoreApplication.translate("SpecificationsDialog", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.componentsLabel.setText(QCoreApplication.translate("SpecificationsDialog", u"\u041a\u043e\u043c\u043f\u043b\u0435\u043a\u0442\u0443\u044e\u0449\u0438\u0435 \u043d\u0430 \u0435\u0434\u0438\u043d\u0438\u0446\u0443 \u043f\u0440\u043e\u0434\u0443\u043a\u0446\u0438\u0438:", None))
        self.addComponentButton.setText(QCoreApplication.translate("SpecificationsDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.addComponentButton.setToolTip(QCoreApplication.translate("SpecificationsDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043a\u043e\u043c\u043f\u043b\u0435\u043a\u0442\u0443\u044e\u0449\u0435\u0435 \u0438\u0437 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteComponentButton.setText(QCoreApplication.translate("SpecificationsDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.deleteComponentButton.setToolTip(QCoreApplication.translate("SpecificationsDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u043a\u043e\u043c\u043f\u043b\u0435\u043a\u0442\u0443\u044e\u0449\u0435\u0435 (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SpecificationsDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SpecificationsDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0441\u043f\u0435\u0446\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044e (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("SpecificationsDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

