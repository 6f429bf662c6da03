# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contract_type_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from crm_desktop.ui.sales.rich_editor import RichTextEditor

class Ui_ContractTypeDialog(object):
    def setupUi(self, ContractTypeDialog):
        if not ContractTypeDialog.objectName():
            ContractTypeDialog.setObjectName(u"ContractTypeDialog")
        ContractTypeDialog.resize(860, 640)
        self.mainLayout = QVBoxLayout(ContractTypeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.nameLayout = QFormLayout()
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameEditLabel = QLabel(ContractTypeDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.nameLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(ContractTypeDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.nameLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.nameLayout)

        self.templateLabel = QLabel(ContractTypeDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.mainLayout.addWidget(self.templateLabel)

        self.editor = RichTextEditor(ContractTypeDialog)
        self.editor.setObjectName(u"editor")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.editor.sizePolicy().hasHeightForWidth())
        self.editor.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.editor)

        self.docxLayout = QHBoxLayout()
        self.docxLayout.setObjectName(u"docxLayout")
        self.loadDocxButton = QPushButton(ContractTypeDialog)
        self.loadDocxButton.setObjectName(u"loadDocxButton")
        self.loadDocxButton.setAutoDefault(False)

        self.docxLayout.addWidget(self.loadDocxButton)

        self.saveDocxButton = QPushButton(ContractTypeDialog)
        self.saveDocxButton.setObjectName(u"saveDocxButton")
        self.saveDocxButton.setAutoDefault(False)

        self.docxLayout.addWidget(self.saveDocxButton)

        self.docxLabel = QLabel(ContractTypeDialog)
        self.docxLabel.setObjectName(u"docxLabel")

        self.docxLayout.addWidget(self.docxLabel)

        self.docxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.docxLayout.addItem(self.docxSpacer)


        self.mainLayout.addLayout(self.docxLayout)

        self.buttonBox = QDialogButtonBox(ContractTypeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContractTypeDialog)
    # setupUi

    def retranslateUi(self, ContractTypeDialog):
        ContractTypeDialog.setWindowTitle(QCoreApplication.translate("ContractTypeDialog", u"\u0422\u0438\u043f \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ContractTypeDialog", u"\u041d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.templateLabel.setText(QCoreApplication.translate("ContractTypeDialog", u"\u0422\u0435\u043a\u0441\u0442 \u0448\u0430\u0431\u043b\u043e\u043d\u0430 (\u043f\u0435\u0440\u0435\u043c\u0435\u043d\u043d\u044b\u0435 \u0432 \u043a\u0432\u0430\u0434\u0440\u0430\u0442\u043d\u044b\u0445 \u0441\u043a\u043e\u0431\u043a\u0430\u0445: [DogNo]):", None))
        self.loadDocxButton.setText(QCoreApplication.translate("ContractTypeDialog", u"\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0448\u0430\u0431\u043b\u043e\u043d DOCX\u2026", None))
        self.saveDocxButton.setText(QCoreApplication.translate("ContractTypeDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0448\u0430\u0431\u043b\u043e\u043d DOCX\u2026", None))
    # retranslateUi

