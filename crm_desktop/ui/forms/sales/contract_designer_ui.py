# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contract_designer.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from crm_desktop.ui.sales.rich_editor import RichTextEditor

class Ui_ContractDesignerDialog(object):
    def setupUi(self, ContractDesignerDialog):
        if not ContractDesignerDialog.objectName():
            ContractDesignerDialog.setObjectName(u"ContractDesignerDialog")
        ContractDesignerDialog.resize(900, 680)
        self.mainLayout = QVBoxLayout(ContractDesignerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(ContractDesignerDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.editor = RichTextEditor(ContractDesignerDialog)
        self.editor.setObjectName(u"editor")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.editor.sizePolicy().hasHeightForWidth())
        self.editor.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.editor)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.saveButton = QPushButton(ContractDesignerDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.saveButton)

        self.templateButton = QPushButton(ContractDesignerDialog)
        self.templateButton.setObjectName(u"templateButton")
        self.templateButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.templateButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ContractDesignerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(ContractDesignerDialog)
    # setupUi

    def retranslateUi(self, ContractDesignerDialog):
        ContractDesignerDialog.setWindowTitle(QCoreApplication.translate("ContractDesignerDialog", u"\u0414\u0438\u0437\u0430\u0439\u043d\u0435\u0440 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430", None))
        self.hintLabel.setText(QCoreApplication.translate("ContractDesignerDialog", u"\u0418\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f \u043e\u0442\u043d\u043e\u0441\u044f\u0442\u0441\u044f \u0442\u043e\u043b\u044c\u043a\u043e \u043a \u044d\u0442\u043e\u043c\u0443 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0443; \u0448\u0430\u0431\u043b\u043e\u043d \u0442\u0438\u043f\u0430 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430 \u043e\u0441\u0442\u0430\u0451\u0442\u0441\u044f \u043f\u0440\u0435\u0436\u043d\u0438\u043c.", None))
        self.saveButton.setText(QCoreApplication.translate("ContractDesignerDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ContractDesignerDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0442\u0435\u043a\u0441\u0442 \u044d\u0442\u043e\u0433\u043e \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430 (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("ContractDesignerDialog", u"\u0412\u0435\u0440\u043d\u0443\u0442\u044c \u0442\u0435\u043a\u0441\u0442 \u0448\u0430\u0431\u043b\u043e\u043d\u0430", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("ContractDesignerDialog", u"\u0417\u0430\u0431\u044b\u0442\u044c \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f \u044d\u0442\u043e\u0433\u043e \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430 \u0438 \u043f\u0435\u0447\u0430\u0442\u0430\u0442\u044c \u0435\u0433\u043e \u043f\u043e \u0448\u0430\u0431\u043b\u043e\u043d\u0443 \u0442\u0438\u043f\u0430", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

