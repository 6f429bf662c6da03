# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_window.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_JournalWindow(object):
    def setupUi(self, JournalWindow):
        if not JournalWindow.objectName():
            JournalWindow.setObjectName(u"JournalWindow")
        JournalWindow.resize(1000, 650)
        self.mainLayout = QVBoxLayout(JournalWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.dateFromLabel = QLabel(JournalWindow)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.filtersLayout.addWidget(self.dateFromLabel)

        self.dateFromEdit = DateEdit(JournalWindow)
        self.dateFromEdit.setObjectName(u"dateFromEdit")

        self.filtersLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(JournalWindow)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filtersLayout.addWidget(self.dateToLabel)

        self.dateToEdit = DateEdit(JournalWindow)
        self.dateToEdit.setObjectName(u"dateToEdit")

        self.filtersLayout.addWidget(self.dateToEdit)

        self.periodSpacer = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.periodSpacer)

        self.clientLabel = QLabel(JournalWindow)
        self.clientLabel.setObjectName(u"clientLabel")

        self.filtersLayout.addWidget(self.clientLabel)

        self.clientEdit = QLineEdit(JournalWindow)
        self.clientEdit.setObjectName(u"clientEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.clientEdit.sizePolicy().hasHeightForWidth())
        self.clientEdit.setSizePolicy(sizePolicy)
        self.clientEdit.setMinimumSize(QSize(220, 0))
        self.clientEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.clientEdit)

        self.clientSpacer = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.clientSpacer)

        self.entityLabel = QLabel(JournalWindow)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filtersLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(JournalWindow)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.entityCombo)

        self.statusLabel = QLabel(JournalWindow)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filtersLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(JournalWindow)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.statusCombo)

        self.applyButton = QPushButton(JournalWindow)
        self.applyButton.setObjectName(u"applyButton")

        self.filtersLayout.addWidget(self.applyButton)


        self.mainLayout.addLayout(self.filtersLayout)

        self.journalLayout = QVBoxLayout()
        self.journalLayout.setObjectName(u"journalLayout")

        self.mainLayout.addLayout(self.journalLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.dateFromLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
        self.clientLabel.setBuddy(self.clientEdit)
        self.entityLabel.setBuddy(self.entityCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.applyButton)

        self.retranslateUi(JournalWindow)

        self.applyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, JournalWindow):
        JournalWindow.setWindowTitle(QCoreApplication.translate("JournalWindow", u"\u0416\u0443\u0440\u043d\u0430\u043b", None))
        self.dateFromLabel.setText(QCoreApplication.translate("JournalWindow", u"\u041f\u0435\u0440\u0438\u043e\u0434 &\u0441", None))
        self.dateToLabel.setText(QCoreApplication.translate("JournalWindow", u"&\u043f\u043e", None))
        self.clientLabel.setText(QCoreApplication.translate("JournalWindow", u"&\u041a\u043b\u0438\u0435\u043d\u0442", None))
#if QT_CONFIG(tooltip)
        self.clientEdit.setToolTip(QCoreApplication.translate("JournalWindow", u"\u041a\u043e\u0434 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0438\u043b\u0438 \u0447\u0430\u0441\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f; \u043f\u0443\u0441\u0442\u043e \u2014 \u0432\u0441\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u044b", None))
#endif // QT_CONFIG(tooltip)
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("JournalWindow", u"\u0432\u0441\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u044b", None))
        self.entityLabel.setText(QCoreApplication.translate("JournalWindow", u"&\u042e\u0440. \u043b\u0438\u0446\u043e", None))
        self.statusLabel.setText(QCoreApplication.translate("JournalWindow", u"&\u0421\u0442\u0430\u0442\u0443\u0441", None))
        self.applyButton.setText(QCoreApplication.translate("JournalWindow", u"&\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c", None))
    # retranslateUi

