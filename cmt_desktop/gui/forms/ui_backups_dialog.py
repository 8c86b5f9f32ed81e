# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        self.main_layout = QVBoxLayout(BackupsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(BackupsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.backups_table = QTableWidget(BackupsDialog)
        if (self.backups_table.columnCount() < 4):
            self.backups_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backups_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backups_table.setTabKeyNavigation(False)
        self.backups_table.setColumnCount(4)
        self.backups_table.horizontalHeader().setStretchLastSection(True)
        self.backups_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.backups_table)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.restore_button = QPushButton(BackupsDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.actions_layout.addWidget(self.restore_button)

        self.backup_now_button = QPushButton(BackupsDialog)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.actions_layout.addWidget(self.backup_now_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.main_layout.addLayout(self.actions_layout)

        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_caption = QLabel(BackupsDialog)
        self.folder_caption.setObjectName(u"folder_caption")

        self.folder_layout.addWidget(self.folder_caption)

        self.folder_edit = QLineEdit(BackupsDialog)
        self.folder_edit.setObjectName(u"folder_edit")
        self.folder_edit.setReadOnly(True)

        self.folder_layout.addWidget(self.folder_edit)

        self.open_folder_button = QPushButton(BackupsDialog)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.folder_layout.addWidget(self.open_folder_button)

        self.change_folder_button = QPushButton(BackupsDialog)
        self.change_folder_button.setObjectName(u"change_folder_button")

        self.folder_layout.addWidget(self.change_folder_button)


        self.main_layout.addLayout(self.folder_layout)

        self.button_box = QDialogButtonBox(BackupsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.backups_table, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.backup_now_button)
        QWidget.setTabOrder(self.backup_now_button, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.open_folder_button)
        QWidget.setTabOrder(self.open_folder_button, self.change_folder_button)

        self.retranslateUi(BackupsDialog)
        self.button_box.rejected.connect(BackupsDialog.reject)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
#if QT_CONFIG(accessibility)
        BackupsDialog.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups of the venue file", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("BackupsDialog", u"A copy of the venue file is made every day you open the app, and before every big change (a new plan, an import, a restore). The oldest ones are removed: the last days, weeks and months are kept.", None))
        ___qtablewidgetitem = self.backups_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BackupsDialog", u"Date", None))
        ___qtablewidgetitem1 = self.backups_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BackupsDialog", u"Posts", None))
        ___qtablewidgetitem2 = self.backups_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BackupsDialog", u"Size", None))
        ___qtablewidgetitem3 = self.backups_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BackupsDialog", u"Made", None))
#if QT_CONFIG(accessibility)
        self.backups_table.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.restore_button.setText(QCoreApplication.translate("BackupsDialog", u"&Restore this backup\u2026", None))
        self.backup_now_button.setText(QCoreApplication.translate("BackupsDialog", u"&Back up now", None))
        self.folder_caption.setText(QCoreApplication.translate("BackupsDialog", u"Folder:", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.open_folder_button.setText(QCoreApplication.translate("BackupsDialog", u"&Open the folder", None))
        self.change_folder_button.setText(QCoreApplication.translate("BackupsDialog", u"&Change\u2026", None))
    # retranslateUi

