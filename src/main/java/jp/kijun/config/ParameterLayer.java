package jp.kijun.config;

import jp.kijun.catalog.Text;

import java.util.Locale;

/** Where a parameter's value can come from, from lowest to highest precedence. */
public enum ParameterLayer {
    DEFAULT(new Text("既定値", "built-in default")),
    PROFILE(new Text("プロファイル", "profile")),
    CONFIG(new Text("設定ファイル", "config file")),
    ENVIRONMENT(new Text("環境変数", "environment")),
    COMMAND_LINE(new Text("コマンドライン", "command line"));

    private final Text label;

    ParameterLayer(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
