# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excel_import.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_ExcelImportWizard(object):
    def setupUi(self, ExcelImportWizard):
        if not ExcelImportWizard.objectName():
            ExcelImportWizard.setObjectName(u"ExcelImportWizard")
        ExcelImportWizard.resize(1040, 680)
        ExcelImportWizard.setWizardStyle(QWizard.ClassicStyle)
        ExcelImportWizard.setOptions(QWizard.NoBackButtonOnStartPage|QWizard.NoCancelButtonOnLastPage)
        self.loadPage = QWizardPage()
        self.loadPage.setObjectName(u"loadPage")
        self.loadLayout = QVBoxLayout(self.loadPage)
        self.loadLayout.setObjectName(u"loadLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(self.loadPage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(self.loadPage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.loadPage)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)

        self.loadButton = QPushButton(self.loadPage)
        self.loadButton.setObjectName(u"loadButton")
        self.loadButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.loadButton)


        self.loadLayout.addLayout(self.fileLayout)

        self.loadLabel = QLabel(self.loadPage)
        self.loadLabel.setObjectName(u"loadLabel")
        self.loadLabel.setWordWrap(True)

        self.loadLayout.addWidget(self.loadLabel)

        self.loadTable = QTableView(self.loadPage)
        self.loadTable.setObjectName(u"loadTable")

        self.loadLayout.addWidget(self.loadTable)

        ExcelImportWizard.addPage(self.loadPage)
        self.autoPage = QWizardPage()
        self.autoPage.setObjectName(u"autoPage")
        self.autoLayout = QVBoxLayout(self.autoPage)
        self.autoLayout.setObjectName(u"autoLayout")
        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.namesCheck = QCheckBox(self.autoPage)
        self.namesCheck.setObjectName(u"namesCheck")
        self.namesCheck.setChecked(True)

        self.optionsLayout.addWidget(self.namesCheck)

        self.noteCheck = QCheckBox(self.autoPage)
        self.noteCheck.setObjectName(u"noteCheck")
        self.noteCheck.setChecked(True)

        self.optionsLayout.addWidget(self.noteCheck)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.autoButton = QPushButton(self.autoPage)
        self.autoButton.setObjectName(u"autoButton")
        self.autoButton.setAutoDefault(False)

        self.optionsLayout.addWidget(self.autoButton)


        self.autoLayout.addLayout(self.optionsLayout)

        self.autoLabel = QLabel(self.autoPage)
        self.autoLabel.setObjectName(u"autoLabel")
        self.autoLabel.setWordWrap(True)

        self.autoLayout.addWidget(self.autoLabel)

        self.autoTable = QTableView(self.autoPage)
        self.autoTable.setObjectName(u"autoTable")

        self.autoLayout.addWidget(self.autoTable)

        ExcelImportWizard.addPage(self.autoPage)
        self.importPage = QWizardPage()
        self.importPage.setObjectName(u"importPage")
        self.importLayout = QVBoxLayout(self.importPage)
        self.importLayout.setObjectName(u"importLayout")
        self.choiceLayout = QFormLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.statusLabel = QLabel(self.importPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.choiceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.importPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.choiceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.priorityLabel = QLabel(self.importPage)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.choiceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(self.importPage)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.choiceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.curatorLabel = QLabel(self.importPage)
        self.curatorLabel.setObjectName(u"curatorLabel")

        self.choiceLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.curatorLabel)

        self.curatorCombo = QComboBox(self.importPage)
        self.curatorCombo.setObjectName(u"curatorCombo")

        self.choiceLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.curatorCombo)


        self.importLayout.addLayout(self.choiceLayout)

        self.skipErrorsCheck = QCheckBox(self.importPage)
        self.skipErrorsCheck.setObjectName(u"skipErrorsCheck")

        self.importLayout.addWidget(self.skipErrorsCheck)

        self.duplicatesCheck = QCheckBox(self.importPage)
        self.duplicatesCheck.setObjectName(u"duplicatesCheck")

        self.importLayout.addWidget(self.duplicatesCheck)

        self.importButtonLayout = QHBoxLayout()
        self.importButtonLayout.setObjectName(u"importButtonLayout")
        self.summaryLabel = QLabel(self.importPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.importButtonLayout.addWidget(self.summaryLabel)

        self.importButton = QPushButton(self.importPage)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.importButtonLayout.addWidget(self.importButton)


        self.importLayout.addLayout(self.importButtonLayout)

        self.importLabel = QLabel(self.importPage)
        self.importLabel.setObjectName(u"importLabel")
        self.importLabel.setWordWrap(True)

        self.importLayout.addWidget(self.importLabel)

        self.importTable = QTableView(self.importPage)
        self.importTable.setObjectName(u"importTable")

        self.importLayout.addWidget(self.importTable)

        ExcelImportWizard.addPage(self.importPage)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.curatorLabel.setBuddy(self.curatorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExcelImportWizard)
    # setupUi

    def retranslateUi(self, ExcelImportWizard):
        ExcelImportWizard.setWindowTitle(QCoreApplication.translate("ExcelImportWizard", u"\u0418\u043c\u043f\u043e\u0440\u0442 \u0438\u0437 MS Excel", None))
        self.loadPage.setTitle(QCoreApplication.translate("ExcelImportWizard", u"\u0428\u0430\u0433 1 \u2014 \u0417\u0430\u0433\u0440\u0443\u0437\u043a\u0430", None))
        self.loadPage.setSubTitle(QCoreApplication.translate("ExcelImportWizard", u"\u0412\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0444\u0430\u0439\u043b Microsoft Excel (.xlsx): \u0432 \u043f\u0435\u0440\u0432\u043e\u0439 \u0441\u0442\u0440\u043e\u043a\u0435 \u2014 \u0437\u0430\u0433\u043e\u043b\u043e\u0432\u043a\u0438 \u043a\u043e\u043b\u043e\u043d\u043e\u043a A\u2013N, \u043a\u0430\u043a \u0432 \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0441\u0442\u0432\u0435 (\u00ab\u041f\u043e\u043b\u043d\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435\u00bb \u2026 \u00abE-mail \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u043e\u0433\u043e \u043b\u0438\u0446\u0430\u00bb), \u043d\u0438\u0436\u0435 \u2014 \u043f\u043e \u043e\u0434\u043d\u043e\u043c\u0443 \u043a\u043b\u0438\u0435\u043d\u0442\u0443 \u0432 \u0441\u0442\u0440\u043e\u043a\u0435.", None))
        self.fileLabel.setText(QCoreApplication.translate("ExcelImportWizard", u"&\u0424\u0430\u0439\u043b:", None))
        self.browseButton.setText(QCoreApplication.translate("ExcelImportWizard", u"&\u041e\u0431\u0437\u043e\u0440\u2026", None))
        self.loadButton.setText(QCoreApplication.translate("ExcelImportWizard", u"\u0428\u0410\u0413 1 - &\u0417\u0430\u0433\u0440\u0443\u0437\u043a\u0430", None))
        self.autoPage.setTitle(QCoreApplication.translate("ExcelImportWizard", u"\u0428\u0430\u0433 2 \u2014 \u0410\u0432\u0442\u043e\u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0430", None))
        self.autoPage.setSubTitle(QCoreApplication.translate("ExcelImportWizard", u"\u0420\u0435\u043a\u043e\u043c\u0435\u043d\u0434\u0443\u0435\u0442\u0441\u044f, \u043d\u043e \u043d\u0435 \u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\u044c\u043d\u0430: \u0434\u0430\u043d\u043d\u044b\u0435 \u0431\u0443\u0434\u0443\u0442 \u043f\u0440\u043e\u0432\u0435\u0440\u0435\u043d\u044b \u0438, \u0433\u0434\u0435 \u043c\u043e\u0436\u043d\u043e, \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u044b (\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u044b, \u0430\u0434\u0440\u0435\u0441\u0430 e-mail, \u0424\u0418\u041e \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u043e\u0433\u043e \u043b\u0438\u0446\u0430). \u041f\u043e\u0441\u043c\u043e\u0442\u0440\u0438\u0442\u0435 \u043d\u0430 \u0434\u0430\u043d\u043d\u044b\u0435 \u0438 \u043f\u0440\u0438 \u043d\u0435\u043e\u0431\u0445\u043e\u0434\u0438\u043c\u043e\u0441\u0442\u0438 \u0438\u0441\u043f\u0440\u0430\u0432\u044c\u0442\u0435 \u0438\u0445 \u043f\u0440\u044f\u043c\u043e \u0432 \u0442\u0430\u0431\u043b\u0438\u0446\u0435: \u0441\u0442\u0440\u043e\u043a\u0438"
                        " \u0441 \u043e\u0448\u0438\u0431\u043a\u0430\u043c\u0438 \u0432\u044b\u0434\u0435\u043b\u0435\u043d\u044b \u043a\u0440\u0430\u0441\u043d\u044b\u043c, \u043f\u043e\u0432\u0442\u043e\u0440\u044b \u2014 \u0436\u0451\u043b\u0442\u044b\u043c.", None))
        self.namesCheck.setText(QCoreApplication.translate("ExcelImportWizard", u"\u0410\u0432\u0442\u043e\u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0430 &\u0424\u0418\u041e", None))
        self.noteCheck.setText(QCoreApplication.translate("ExcelImportWizard", u"\u0414\u043e\u0431\u0430\u0432\u043b\u044f\u0442\u044c \u0432 &\u043f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435 \u0441\u0432\u0435\u0434\u0435\u043d\u0438\u044f \u043e\u0431 \u0438\u043c\u043f\u043e\u0440\u0442\u0435", None))
        self.autoButton.setText(QCoreApplication.translate("ExcelImportWizard", u"\u0428\u0410\u0413 2 - &\u0410\u0432\u0442\u043e\u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0430", None))
        self.importPage.setTitle(QCoreApplication.translate("ExcelImportWizard", u"\u0428\u0430\u0433 3 \u2014 \u0418\u043c\u043f\u043e\u0440\u0442", None))
        self.importPage.setSubTitle(QCoreApplication.translate("ExcelImportWizard", u"\u041d\u0430\u0437\u043d\u0430\u0447\u044c\u0442\u0435 \u0438\u043c\u043f\u043e\u0440\u0442\u0438\u0440\u0443\u0435\u043c\u044b\u043c \u043a\u043b\u0438\u0435\u043d\u0442\u0430\u043c \u0441\u0442\u0430\u0442\u0443\u0441, \u043f\u0440\u0438\u043e\u0440\u0438\u0442\u0435\u0442 \u0438 \u043a\u0443\u0440\u0430\u0442\u043e\u0440\u0430 \u0438 \u043d\u0430\u0436\u043c\u0438\u0442\u0435 \u00ab\u0428\u0410\u0413 3 - \u0418\u043c\u043f\u043e\u0440\u0442\u00bb: \u043a\u043b\u0438\u0435\u043d\u0442\u044b \u0431\u0443\u0434\u0443\u0442 \u0437\u0430\u043f\u0438\u0441\u0430\u043d\u044b \u0432 \u0431\u0430\u0437\u0443 \u0434\u0430\u043d\u043d\u044b\u0445 \u043e\u0434\u043d\u043e\u0439 \u0442\u0440\u0430\u043d\u0437\u0430\u043a\u0446\u0438\u0435\u0439.", None))
        self.statusLabel.setText(QCoreApplication.translate("ExcelImportWizard", u"&\u0421\u0442\u0430\u0442\u0443\u0441:", None))
        self.priorityLabel.setText(QCoreApplication.translate("ExcelImportWizard", u"\u041f&\u0440\u0438\u043e\u0440\u0438\u0442\u0435\u0442:", None))
        self.curatorLabel.setText(QCoreApplication.translate("ExcelImportWizard", u"&\u041a\u0443\u0440\u0430\u0442\u043e\u0440:", None))
        self.skipErrorsCheck.setText(QCoreApplication.translate("ExcelImportWizard", u"\u041f\u0440\u043e\u043f\u0443\u0441\u0442\u0438\u0442\u044c \u0441\u0442\u0440\u043e\u043a\u0438 \u0441 &\u043e\u0448\u0438\u0431\u043a\u0430\u043c\u0438", None))
        self.duplicatesCheck.setText(QCoreApplication.translate("ExcelImportWizard", u"\u0418\u043c\u043f\u043e\u0440\u0442\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0438 &\u043f\u043e\u0432\u0442\u043e\u0440\u044f\u044e\u0449\u0438\u0445\u0441\u044f \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432 (\u0438\u043d\u0430\u0447\u0435 \u043e\u043d\u0438 \u043f\u0440\u043e\u043f\u0443\u0441\u043a\u0430\u044e\u0442\u0441\u044f)", None))
        self.importButton.setText(QCoreApplication.translate("ExcelImportWizard", u"\u0428\u0410\u0413 3 - &\u0418\u043c\u043f\u043e\u0440\u0442", None))
    # retranslateUi

