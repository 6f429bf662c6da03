# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSplitter, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        ClientDialog.resize(1000, 760)
        self.mainLayout = QVBoxLayout(ClientDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.codeLabel = QLabel(ClientDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.headerLayout.addWidget(self.codeLabel)

        self.nameLabel = QLabel(ClientDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nameLabel.sizePolicy().hasHeightForWidth())
        self.nameLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.nameLabel)

        self.attentionCheck = QCheckBox(ClientDialog)
        self.attentionCheck.setObjectName(u"attentionCheck")

        self.headerLayout.addWidget(self.attentionCheck)

        self.summaryButton = QPushButton(ClientDialog)
        self.summaryButton.setObjectName(u"summaryButton")
        self.summaryButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.summaryButton)

        self.processButton = QPushButton(ClientDialog)
        self.processButton.setObjectName(u"processButton")
        self.processButton.setEnabled(False)

        self.headerLayout.addWidget(self.processButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(ClientDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.topPane = QWidget(self.splitter)
        self.topPane.setObjectName(u"topPane")
        self.topLayout = QVBoxLayout(self.topPane)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 0)
        self.mainBox = QGroupBox(self.topPane)
        self.mainBox.setObjectName(u"mainBox")

        self.topLayout.addWidget(self.mainBox)

        self.tabs = QTabWidget(self.topPane)
        self.tabs.setObjectName(u"tabs")

        self.topLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.topPane)
        self.journals = QTabWidget(self.splitter)
        self.journals.setObjectName(u"journals")
        self.splitter.addWidget(self.journals)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.requiredNoteLabel = QLabel(ClientDialog)
        self.requiredNoteLabel.setObjectName(u"requiredNoteLabel")

        self.bottomLayout.addWidget(self.requiredNoteLabel)

        self.buttonBox = QDialogButtonBox(ClientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"\u041a\u0430\u0440\u0442\u043e\u0447\u043a\u0430 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
        self.codeLabel.setStyleSheet(QCoreApplication.translate("ClientDialog", u"color: #555555;", None))
        self.nameLabel.setStyleSheet(QCoreApplication.translate("ClientDialog", u"font-size: 14pt; font-weight: bold;", None))
        self.attentionCheck.setText(QCoreApplication.translate("ClientDialog", u"\u0422\u0440\u0435\u0431\u0443\u0435\u0442 \u043e\u0441\u043e\u0431\u043e\u0433\u043e \u0432\u043d\u0438\u043c\u0430\u043d\u0438\u044f", None))
#if QT_CONFIG(tooltip)
        self.attentionCheck.setToolTip(QCoreApplication.translate("ClientDialog", u"\u041a\u043b\u0438\u0435\u043d\u0442 \u0432\u044b\u0434\u0435\u043b\u044f\u0435\u0442\u0441\u044f \u0432 \u043e\u0431\u0449\u0435\u043c \u0441\u043f\u0438\u0441\u043a\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432", None))
#endif // QT_CONFIG(tooltip)
        self.summaryButton.setText(QCoreApplication.translate("ClientDialog", u"\u0421\u0432\u043e\u0434\u043d\u0430\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u044f", None))
#if QT_CONFIG(tooltip)
        self.summaryButton.setToolTip(QCoreApplication.translate("ClientDialog", u"\u041e\u0442\u0447\u0451\u0442 \u00ab\u0421\u0432\u043e\u0434\u043d\u0430\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u044f \u043f\u043e \u043a\u043b\u0438\u0435\u043d\u0442\u0443\u00bb (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.processButton.setText(QCoreApplication.translate("ClientDialog", u"\u0417\u0430\u043f\u0443\u0441\u0442\u0438\u0442\u044c \u043f\u0440\u043e\u0446\u0435\u0441\u0441", None))
#if QT_CONFIG(tooltip)
        self.processButton.setToolTip(QCoreApplication.translate("ClientDialog", u"\u0411\u0438\u0437\u043d\u0435\u0441-\u043f\u0440\u043e\u0446\u0435\u0441\u0441\u044b \u043f\u043e\u044f\u0432\u044f\u0442\u0441\u044f \u0432 \u043e\u0434\u043d\u043e\u0439 \u0438\u0437 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0445 \u0432\u0435\u0440\u0441\u0438\u0439 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b", None))
#endif // QT_CONFIG(tooltip)
        self.mainBox.setTitle(QCoreApplication.translate("ClientDialog", u"\u041e\u0441\u043d\u043e\u0432\u043d\u044b\u0435 \u0440\u0435\u043a\u0432\u0438\u0437\u0438\u0442\u044b", None))
        self.requiredNoteLabel.setText(QCoreApplication.translate("ClientDialog", u"<span style=\"color:#d32f2f\">*</span> \u2014 \u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\u044c\u043d\u044b\u0435 \u043f\u043e\u043b\u044f; Ctrl+Enter \u2014 \u0441\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
    # retranslateUi

