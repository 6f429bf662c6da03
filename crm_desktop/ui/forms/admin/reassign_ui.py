# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reassign.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReassignDialog(object):
    def setupUi(self, ReassignDialog):
        if not ReassignDialog.objectName():
            ReassignDialog.setObjectName(u"ReassignDialog")
        ReassignDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(ReassignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(ReassignDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.oldCuratorLabel = QLabel(ReassignDialog)
        self.oldCuratorLabel.setObjectName(u"oldCuratorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldCuratorLabel)

        self.oldCuratorCombo = QComboBox(ReassignDialog)
        self.oldCuratorCombo.setObjectName(u"oldCuratorCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldCuratorCombo)

        self.newCuratorLabel = QLabel(ReassignDialog)
        self.newCuratorLabel.setObjectName(u"newCuratorLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newCuratorLabel)

        self.newCuratorCombo = QComboBox(ReassignDialog)
        self.newCuratorCombo.setObjectName(u"newCuratorCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newCuratorCombo)

        self.oldSpecialistLabel = QLabel(ReassignDialog)
        self.oldSpecialistLabel.setObjectName(u"oldSpecialistLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.oldSpecialistLabel)

        self.oldSpecialistCombo = QComboBox(ReassignDialog)
        self.oldSpecialistCombo.setObjectName(u"oldSpecialistCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.oldSpecialistCombo)

        self.newSpecialistLabel = QLabel(ReassignDialog)
        self.newSpecialistLabel.setObjectName(u"newSpecialistLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newSpecialistLabel)

        self.newSpecialistCombo = QComboBox(ReassignDialog)
        self.newSpecialistCombo.setObjectName(u"newSpecialistCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newSpecialistCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.resultLabel = QLabel(ReassignDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.resultLabel)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.resultSpacer)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.runButton = QPushButton(ReassignDialog)
        self.runButton.setObjectName(u"runButton")
        self.runButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.runButton)

        self.closeButton = QPushButton(ReassignDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.oldCuratorLabel.setBuddy(self.oldCuratorCombo)
        self.newCuratorLabel.setBuddy(self.newCuratorCombo)
        self.oldSpecialistLabel.setBuddy(self.oldSpecialistCombo)
        self.newSpecialistLabel.setBuddy(self.newSpecialistCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReassignDialog)
    # setupUi

    def retranslateUi(self, ReassignDialog):
        ReassignDialog.setWindowTitle(QCoreApplication.translate("ReassignDialog", u"\u0421\u043c\u0435\u043d\u0430 \u043a\u0443\u0440\u0430\u0442\u043e\u0440\u0430/\u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442\u0430", None))
        self.hintLabel.setText(QCoreApplication.translate("ReassignDialog", u"\u041a\u043b\u0438\u0435\u043d\u0442\u044b \u043f\u0440\u0435\u0436\u043d\u0435\u0433\u043e \u043a\u0443\u0440\u0430\u0442\u043e\u0440\u0430 (\u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442\u0430) \u0431\u0443\u0434\u0443\u0442 \u043f\u0435\u0440\u0435\u0434\u0430\u043d\u044b \u043d\u043e\u0432\u043e\u043c\u0443 \u0441\u0440\u0430\u0437\u0443 \u0434\u043b\u044f \u0432\u0441\u0435\u0445 \u0440\u0430\u0431\u043e\u0447\u0438\u0445 \u043c\u0435\u0441\u0442. \u041e\u0441\u0442\u0430\u0432\u044c\u0442\u0435 \u043f\u0430\u0440\u0443 \u043f\u0443\u0441\u0442\u043e\u0439, \u0447\u0442\u043e\u0431\u044b \u043d\u0435 \u043c\u0435\u043d\u044f\u0442\u044c \u044d\u0442\u0443 \u0440\u043e\u043b\u044c.", None))
        self.oldCuratorLabel.setText(QCoreApplication.translate("ReassignDialog", u"&\u041f\u0440\u0435\u0436\u043d\u0438\u0439 \u043a\u0443\u0440\u0430\u0442\u043e\u0440:", None))
        self.newCuratorLabel.setText(QCoreApplication.translate("ReassignDialog", u"&\u041d\u043e\u0432\u044b\u0439 \u043a\u0443\u0440\u0430\u0442\u043e\u0440:", None))
        self.oldSpecialistLabel.setText(QCoreApplication.translate("ReassignDialog", u"\u041f&\u0440\u0435\u0436\u043d\u0438\u0439 \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442:", None))
        self.newSpecialistLabel.setText(QCoreApplication.translate("ReassignDialog", u"\u041d&\u043e\u0432\u044b\u0439 \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442:", None))
        self.runButton.setText(QCoreApplication.translate("ReassignDialog", u"&\u041f\u0435\u0440\u0435\u0434\u0430\u0442\u044c \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ReassignDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

