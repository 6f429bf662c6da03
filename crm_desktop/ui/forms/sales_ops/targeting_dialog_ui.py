# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'targeting_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TargetingDialog(object):
    def setupUi(self, TargetingDialog):
        if not TargetingDialog.objectName():
            TargetingDialog.setObjectName(u"TargetingDialog")
        TargetingDialog.resize(780, 460)
        self.mainLayout = QVBoxLayout(TargetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noteLabel = QLabel(TargetingDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setVisible(False)

        self.mainLayout.addWidget(self.noteLabel)

        self.tabs = QTabWidget(TargetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.targetsTab = QWidget()
        self.targetsTab.setObjectName(u"targetsTab")
        self.targetsLayout = QVBoxLayout(self.targetsTab)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsHint = QLabel(self.targetsTab)
        self.targetsHint.setObjectName(u"targetsHint")
        self.targetsHint.setWordWrap(True)

        self.targetsLayout.addWidget(self.targetsHint)

        self.targetTable = QTableWidget(self.targetsTab)
        if (self.targetTable.columnCount() < 4):
            self.targetTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.targetTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.targetTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.targetTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.targetTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.targetTable.setObjectName(u"targetTable")
        self.targetTable.setColumnCount(4)

        self.targetsLayout.addWidget(self.targetTable)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.addEventButton = QPushButton(self.targetsTab)
        self.addEventButton.setObjectName(u"addEventButton")

        self.targetButtons.addWidget(self.addEventButton)

        self.addResultButton = QPushButton(self.targetsTab)
        self.addResultButton.setObjectName(u"addResultButton")

        self.targetButtons.addWidget(self.addResultButton)

        self.removeTargetButton = QPushButton(self.targetsTab)
        self.removeTargetButton.setObjectName(u"removeTargetButton")

        self.targetButtons.addWidget(self.removeTargetButton)

        self.targetSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetSpacer)

        self.saveTargetsButton = QPushButton(self.targetsTab)
        self.saveTargetsButton.setObjectName(u"saveTargetsButton")

        self.targetButtons.addWidget(self.saveTargetsButton)


        self.targetsLayout.addLayout(self.targetButtons)

        self.tabs.addTab(self.targetsTab, "")
        self.plansTab = QWidget()
        self.plansTab.setObjectName(u"plansTab")
        self.plansLayout = QVBoxLayout(self.plansTab)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansHint = QLabel(self.plansTab)
        self.plansHint.setObjectName(u"plansHint")
        self.plansHint.setWordWrap(True)

        self.plansLayout.addWidget(self.plansHint)

        self.planTable = QTableWidget(self.plansTab)
        if (self.planTable.columnCount() < 4):
            self.planTable.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setColumnCount(4)

        self.plansLayout.addWidget(self.planTable)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.planSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planSpacer)

        self.savePlansButton = QPushButton(self.plansTab)
        self.savePlansButton.setObjectName(u"savePlansButton")

        self.planButtons.addWidget(self.savePlansButton)


        self.plansLayout.addLayout(self.planButtons)

        self.tabs.addTab(self.plansTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(TargetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(TargetingDialog)
    # setupUi

    def retranslateUi(self, TargetingDialog):
        TargetingDialog.setWindowTitle(QCoreApplication.translate("TargetingDialog", u"\u0421\u0438\u0441\u0442\u0435\u043c\u0430 \u0442\u0430\u0440\u0433\u0435\u0442\u0438\u043d\u0433\u0430", None))
        self.targetsHint.setText(QCoreApplication.translate("TargetingDialog", u"\u0426\u0435\u043b\u0435\u0432\u044b\u0435 \u0441\u043e\u0431\u044b\u0442\u0438\u044f (\u0442\u0438\u043f \u0441\u043e\u0431\u044b\u0442\u0438\u044f) \u0438 \u0446\u0435\u043b\u0435\u0432\u044b\u0435 \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u044b (\u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442 \u0441\u043e\u0431\u044b\u0442\u0438\u044f) \u0441 \u0432\u0435\u0441\u043e\u043c: \u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, \u00ab\u041a\u043e\u043c\u043c\u0435\u0440\u0447\u0435\u0441\u043a\u043e\u0435 \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u0438\u0435\u00bb 0,5, \u00ab\u0414\u043e\u0433\u043e\u0432\u043e\u0440 \u0437\u0430\u043a\u043b\u044e\u0447\u0451\u043d\u00bb 1,0. \u0421\u043e\u0431\u044b\u0442\u0438\u0435 \u0437\u0430\u0441\u0447\u0438\u0442\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u043f\u043e \u0442\u0438\u043f\u0443 \u0438 \u043f\u043e \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u0443.", None))
        ___qtablewidgetitem = self.targetTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TargetingDialog", u"\u0412\u0438\u0434 \u0446\u0435\u043b\u0438", None))
        ___qtablewidgetitem1 = self.targetTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TargetingDialog", u"\u0422\u0438\u043f \u0441\u043e\u0431\u044b\u0442\u0438\u044f / \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442", None))
        ___qtablewidgetitem2 = self.targetTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TargetingDialog", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435", None))
        ___qtablewidgetitem3 = self.targetTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("TargetingDialog", u"\u0412\u0435\u0441", None))
        self.addEventButton.setText(QCoreApplication.translate("TargetingDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u043e\u0431\u044b\u0442\u0438\u0435", None))
        self.addResultButton.setText(QCoreApplication.translate("TargetingDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442", None))
        self.removeTargetButton.setText(QCoreApplication.translate("TargetingDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.saveTargetsButton.setText(QCoreApplication.translate("TargetingDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0446\u0435\u043b\u0438", None))
        self.tabs.setTabText(self.tabs.indexOf(self.targetsTab), QCoreApplication.translate("TargetingDialog", u"\u0426\u0435\u043b\u0438 \u0438 \u0432\u0435\u0441\u0430", None))
        self.plansHint.setText(QCoreApplication.translate("TargetingDialog", u"\u041f\u043b\u0430\u043d \u0432 \u0435\u0434\u0438\u043d\u0438\u0446\u0430\u0445 \u0432\u0435\u0441\u0430 \u043d\u0430 \u0434\u0435\u043d\u044c, \u043d\u0435\u0434\u0435\u043b\u044e \u0438 \u043c\u0435\u0441\u044f\u0446. \u0421\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a \u0441 \u043f\u0443\u0441\u0442\u044b\u043c \u043f\u043b\u0430\u043d\u043e\u043c \u0432 \u043c\u043e\u043d\u0438\u0442\u043e\u0440\u0435 \u0442\u0430\u0440\u0433\u0435\u0442\u0438\u043d\u0433\u0430 \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044f \u043d\u0435 \u043f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0435\u0442\u0441\u044f.", None))
        ___qtablewidgetitem4 = self.planTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("TargetingDialog", u"\u0421\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a", None))
        ___qtablewidgetitem5 = self.planTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("TargetingDialog", u"\u041d\u0430 \u0434\u0435\u043d\u044c", None))
        ___qtablewidgetitem6 = self.planTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("TargetingDialog", u"\u041d\u0430 \u043d\u0435\u0434\u0435\u043b\u044e", None))
        ___qtablewidgetitem7 = self.planTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("TargetingDialog", u"\u041d\u0430 \u043c\u0435\u0441\u044f\u0446", None))
        self.savePlansButton.setText(QCoreApplication.translate("TargetingDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043f\u043b\u0430\u043d\u044b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.plansTab), QCoreApplication.translate("TargetingDialog", u"\u041f\u043b\u0430\u043d\u044b \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u043e\u0432", None))
    # retranslateUi

