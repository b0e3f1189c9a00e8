package org.inspectorbench.cli;

import picocli.CommandLine.Command;

@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"数据包 Sync by bundle files: an inspector exports signed work, the office verifies and merges it,"
                + " and sends back a campaign bundle (docs/bundle-format.md)."},
        subcommands = {BundleExportCommand.class, BundleVerifyCommand.class, BundleImportCommand.class})
public final class BundleCommand {
}
