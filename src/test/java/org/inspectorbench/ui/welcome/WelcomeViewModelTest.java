package org.inspectorbench.ui.welcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first-run welcome's logic, without a window: validation, order of the work, nothing half-made. */
class WelcomeViewModelTest {

    @TempDir
    Path dir;

    private FakeWelcomeActions actions;

    private WelcomeViewModel vm(Locale locale) {
        actions = new FakeWelcomeActions(dir.resolve("data"));
        return new WelcomeViewModel(dir.resolve("data/workspace.inspector"), actions, new WelcomeText(locale),
                Runnable::run, Runnable::run);
    }

    @Test
    void theFormSaysWhatIsMissingInReadingOrderAndStartsOnlyWhenComplete() throws Exception {
        WelcomeViewModel vm = vm(Locale.SIMPLIFIED_CHINESE);
        assertEquals("请填写检查人员姓名。", vm.problemProperty().get());
        assertFalse(vm.start().get());
        vm.inspectorProperty().set("张三");
        assertEquals("张三", vm.keyNameProperty().get(), "the key's name follows the inspector's");
        assertEquals("请填写密钥上的姓名和单位。", vm.problemProperty().get());
        vm.organisationProperty().set("绵阳市政务公开检查组");
        assertEquals("密码至少 8 个字符。", vm.problemProperty().get());
        vm.passwordProperty().set("密码密码密码密码");
        assertTrue(vm.problemProperty().get().contains("不能有汉字"), vm.problemProperty().get());
        vm.passwordProperty().set("s3cret-pass");
        vm.passwordAgainProperty().set("s3cret-pasS");
        assertEquals("两次输入的密码不一致。", vm.problemProperty().get());
        vm.passwordAgainProperty().set("s3cret-pass");
        assertEquals("", vm.problemProperty().get());

        vm.sourceProperty().set(WelcomeViewModel.Source.BUNDLE);
        assertEquals("请选择办公室的数据包 (.inspbundle)。", vm.problemProperty().get());
        vm.bundleProperty().set(dir.resolve("office-1.inspbundle"));
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.bundleInfoProperty().get().contains("mianyang-2022"), vm.bundleInfoProperty().get());
        vm.bundleProperty().set(dir.resolve("notes.txt"));
        assertTrue(vm.bundleInfoProperty().get().startsWith("不能使用"), vm.bundleInfoProperty().get());

        vm.keyProperty().set(WelcomeViewModel.KeyChoice.IMPORT);
        assertEquals("请选择要导入的 .p12 文件。", vm.problemProperty().get());
        vm.keyProperty().set(WelcomeViewModel.KeyChoice.SKIP);
        assertEquals("", vm.problemProperty().get());
        assertTrue(actions.created.isEmpty(), "validation writes nothing");
    }

    @Test
    void aNewKeyAndTheSampleWorkspaceAreMadeAndAnExistingKeystoreIsNeverOverwritten() throws Exception {
        WelcomeViewModel vm = vm(Locale.ENGLISH);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/signing-key.p12"), "someone's old key");
        vm.inspectorProperty().set("Zhang San");
        vm.organisationProperty().set("Mianyang");
        vm.passwordProperty().set("s3cret-pass");
        vm.passwordAgainProperty().set("s3cret-pass");
        assertTrue(vm.start().get());
        assertTrue(vm.doneProperty().get());
        assertEquals(List.of("sample:Zhang San"), actions.created);
        assertEquals(dir.resolve("data/signing-key-2.p12"), vm.keystore());
        assertEquals("someone's old key", Files.readString(dir.resolve("data/signing-key.p12")));
        var identity = new org.inspectorbench.ui.report.KeystoreFiles()
                .open(vm.keystore(), "s3cret-pass".toCharArray(), java.time.Instant.now());
        assertEquals("张三", org.inspectorbench.signing.Certificates.subjectName(identity.certificate()),
                "the keystore opens with the password given");
    }

    @Test
    void aWrongPasswordForAnImportedKeyCreatesNothing() throws Exception {
        WelcomeViewModel vm = vm(Locale.ENGLISH);
        Path p12 = FakeWelcomeActions.keystore(dir.resolve("mine.p12"), "right-password");
        vm.inspectorProperty().set("Zhang San");
        vm.keyProperty().set(WelcomeViewModel.KeyChoice.IMPORT);
        vm.importFileProperty().set(p12);
        vm.importPasswordProperty().set("wrong-password");
        assertFalse(vm.start().get());
        assertFalse(vm.doneProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("Nothing was created"), vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().contains("wrong password"), vm.errorProperty().get());
        assertTrue(actions.created.isEmpty());
        assertFalse(Files.exists(dir.resolve("data/mine.p12")));

        vm.importPasswordProperty().set("right-password");
        assertEquals("", vm.errorProperty().get(), "editing clears the old error");
        assertTrue(vm.start().get());
        assertEquals(dir.resolve("data/mine.p12"), vm.keystore(), "imported into the data folder");
        assertTrue(Files.exists(p12), "the original stays where it was");
    }

    @Test
    void whenTheWorkspaceCannotBeCreatedTheNewKeyIsRemovedAgain() throws Exception {
        WelcomeViewModel vm = vm(Locale.SIMPLIFIED_CHINESE);
        vm.inspectorProperty().set("张三");
        vm.organisationProperty().set("绵阳市政务公开检查组");
        vm.passwordProperty().set("s3cret-pass");
        vm.passwordAgainProperty().set("s3cret-pass");
        vm.sourceProperty().set(WelcomeViewModel.Source.BUNDLE);
        vm.bundleProperty().set(dir.resolve("office-1.inspbundle"));
        actions.failCreate = new IllegalArgumentException("签名无效 bad signature");
        assertFalse(vm.start().get());
        assertEquals("没有创建任何东西: 签名无效 bad signature", vm.errorProperty().get());
        assertFalse(Files.exists(dir.resolve("data/signing-key.p12")), "no keystore left behind");
        assertNull(vm.keystore());
        assertFalse(vm.busyProperty().get());
    }
}
